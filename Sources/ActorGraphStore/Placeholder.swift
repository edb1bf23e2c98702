// The store arrives with issue 5.
