"""What granian serves: the WSGI application (kidsnews/wsgi.py) behind an adapter that reads
request bodies on the event loop before a thread is taken (kidsnews/core/bodyfront.py)."""

from kidsnews.core.bodyfront import BufferedBodies
from kidsnews.wsgi import application as wsgi_application

application = BufferedBodies(wsgi_application)
