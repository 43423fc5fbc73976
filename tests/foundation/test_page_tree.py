"""Which page may live where: the newsroom's tree stays the shape templates expect."""

from wagtail.test.utils import WagtailPageTestCase

from kidsnews.articles.models import ArticleIndexPage, ArticlePage
from kidsnews.glossary.models import GlossaryIndexPage
from kidsnews.home.models import HomePage
from kidsnews.info.models import InfoPage
from kidsnews.polls.models import PollPage
from kidsnews.topics.models import TopicIndexPage, TopicPage


class PageTreeRules(WagtailPageTestCase):
    def test_home_sits_at_the_root(self):
        from wagtail.models import Page

        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_stories_live_in_the_stories_section_only(self):
        self.assertAllowedParentPageTypes(ArticlePage, {ArticleIndexPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())
        self.assertCanNotCreateAt(HomePage, ArticlePage)
        self.assertCanNotCreateAt(TopicPage, ArticlePage)

    def test_topics_live_in_the_topics_index(self):
        self.assertAllowedParentPageTypes(TopicPage, {TopicIndexPage})
        self.assertAllowedSubpageTypes(TopicPage, set())
        self.assertAllowedParentPageTypes(TopicIndexPage, {HomePage})

    def test_sections_hang_off_home(self):
        self.assertAllowedParentPageTypes(ArticleIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, ArticleIndexPage)
        self.assertCanCreateAt(HomePage, TopicIndexPage)

    def test_info_pages_hang_off_home_and_have_no_children(self):
        self.assertAllowedParentPageTypes(InfoPage, {HomePage})
        self.assertAllowedSubpageTypes(InfoPage, set())
        self.assertCanCreateAt(HomePage, InfoPage)
        self.assertCanNotCreateAt(ArticleIndexPage, InfoPage)
        self.assertCanNotCreateAt(InfoPage, ArticlePage)

    def test_the_glossary_page_hangs_off_home_once_and_has_no_children(self):
        self.assertAllowedParentPageTypes(GlossaryIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(GlossaryIndexPage, set())
        self.assertCanCreateAt(HomePage, GlossaryIndexPage)
        assert GlossaryIndexPage.max_count == 1
        assert "template" in GlossaryIndexPage.__dict__

    def test_poll_pages_hang_off_home_and_have_no_children(self):
        self.assertAllowedParentPageTypes(PollPage, {HomePage})
        self.assertAllowedSubpageTypes(PollPage, set())
        self.assertCanCreateAt(HomePage, PollPage)
        self.assertCanNotCreateAt(ArticleIndexPage, PollPage)

    def test_every_page_type_declares_its_template(self):
        pages = (HomePage, ArticleIndexPage, ArticlePage, TopicIndexPage, TopicPage, InfoPage)
        for model in (*pages, PollPage):
            assert "template" in model.__dict__, model
