"""What the learned layer reads: names as a class of word, and letters across words."""

from kidsnews.comments.screening.features import features, name_lists


def names_read(text: str) -> set[str]:
    return {f for f in features(text) if f.startswith("g ")}


def test_the_name_lists_ship_in_the_package_and_hold_names_from_every_community():
    first, last = name_lists()
    assert {"oliver", "amelia", "mohammed", "zofia", "chinedu"} <= first
    assert {"thompson", "patel", "kowalski", "okafor", "murphy"} <= last
    assert "the" not in first | last


def test_a_first_name_then_a_surname_reads_as_a_full_name_whatever_the_case():
    for text in ("me and jack thompson", "its Jack Thompson from 5B", "JACK THOMPSON"):
        assert "g full" in names_read(text), text
    assert "g initial" in names_read("its amelia k from 5b")


def test_a_first_name_alone_is_only_a_first_name():
    found = names_read("me and jack went to the zoo")
    assert "g F" in found
    assert "g full" not in found and "g initial" not in found


def test_a_name_s_neighbours_are_read_with_the_name_as_its_class():
    found = names_read("my name is oliver")
    assert "g is F" in found


def test_two_capitalised_words_inside_a_sentence_are_noticed_but_not_at_its_start():
    assert "g capitalised pair" in names_read("we live on Mill Lane")
    assert "g capitalised pair" not in names_read("Great Story. Loved it")


def test_letter_groups_cross_word_boundaries():
    assert "xnot ea" in features("i am not eating")
