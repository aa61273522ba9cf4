"""Root conftest: wires the harness into pytest.

`--base-url` checks that site; otherwise each worker starts the bundled reference site and an
SMTP capture. Everything else (profile, data, requirement catalogue, failure evidence) is a
plugin in support/plugins/.
"""

pytest_plugins = [
    "support.plugins.site",
    "support.plugins.pack",
    "support.plugins.cases",
    "support.plugins.browser",
    "support.plugins.data",
    "support.plugins.requirements",
    "support.plugins.proofs",
    "support.plugins.quiet_report",
    "support.plugins.report",
    "support.plugins.verdicts",
    "support.plugins.evidence",
    "support.plugins.environment",
    "support.plugins.mutations",
    "pytester",  # the plugins' own tests run pytest inside pytest
]
