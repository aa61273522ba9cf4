"""Regions shared by several pages: navigation, fee breakdown, summary lists."""
