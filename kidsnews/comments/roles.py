"""The names of the two staff roles. Migrations spell them out themselves (they must not import
app code); everything else (demo, tests) reads them from here."""

# Works the comment queue, reports, word lists and audit log. Never publishes, never edits
# pictures, documents or videos. Not Wagtail's page-moderation group: the name differs on purpose
# (issue 16.2: page submissions used to land with this group, which cannot approve pages).
COMMENT_MODERATORS = "Comment moderators"
# Adds, edits and publishes pages and media; reviews pages submitted for approval.
EDITORS = "Editors"
