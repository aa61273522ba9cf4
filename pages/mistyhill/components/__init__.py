"""Regions several Misty Hill pages share: fee table, payment terms (engine_*); navigation, footer, facts (info_*)."""
