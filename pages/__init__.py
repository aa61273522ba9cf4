"""Page objects: one module per page of a hotel booking site, and shared regions in components/.

Locators by role and accessible name, then label, then test id; names match the site in either
language (zh-TW or en). Intent-level methods only; navigation returns the next page object.
A hotel whose markup differs adapts these modules, never the tests.
"""
