"""`gunicorn wsgi:app` or `flask --app wsgi run`."""
from vocapp import create_app

app = create_app()
