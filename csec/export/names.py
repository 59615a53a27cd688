"""File names of the exports that other parts link to (the index, the server), kept apart from the
code that writes them, so linking to a file never imports what prints it."""

GUIDE_FILE_NAME = "facilitator-guide"
WALLET_CARD_NAME = "help-wallet-cards"
