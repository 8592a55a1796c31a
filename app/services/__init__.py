"""Services: the rules of the domain, one module per area. They take a Session and return ORM rows
or frozen dataclasses; the GUI and the CLI call them and hold no business rule themselves."""
