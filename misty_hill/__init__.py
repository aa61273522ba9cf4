"""山霧民宿 · Misty Hill B&B: the second reference site, a small Hualien B&B with a client-rendered booking wizard.

Run it with `python -m misty_hill --port 8000 --smtp-port 1025`. It stands apart from the test
suite: its facts live in `misty_hill.house`, never in the suite's profiles.
"""
