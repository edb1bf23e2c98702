// Reports arrive with issue 6.
