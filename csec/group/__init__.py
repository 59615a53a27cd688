"""Group mode (`csec serve --lan`): participants answer anonymously from their own phones, the slides chart
the room's answers, and `csec export results` reports them for the group, never for a person."""
