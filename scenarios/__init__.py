"""User journeys named after intent, composed from page objects; each is one Allure step.

They return what the journey produced (a page object, a booking reference) and assert nothing.
"""
