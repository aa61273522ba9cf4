"""Page objects, one pack per site: `pages/lanwan/` reads the bundled reference site.

`pages/interface.py` names what every pack exports and what scenarios and tests may ask of
each page. A hotel writes its own pack (here or in its own package) behind that interface;
the tests and scenarios stay the same. `pages/text.py` has helpers any pack may use.
"""
