"""The harness: property profile, oracles, mailbox, data builders, requirement catalogue, site launcher.

Nothing here knows the reference site's internals; it talks to a site over HTTP and SMTP only.
"""
