# The same named people and stories as the comments tests.
from tests.comments.conftest import closed_story, editor, moderator, reader, story  # noqa: F401
