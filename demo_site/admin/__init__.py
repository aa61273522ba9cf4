"""The back office: staff sign in, handle the cases guests send through the contact form, see bookings."""
