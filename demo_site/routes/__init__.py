"""The site's routers, one module per area."""
