"""The kinds of quiz question. Right answers live only here, on the server: templates render
the choices without them and grading.py compares a child's picks against them."""

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

_EXPLANATION_HELP = "Shown after answering: say why, in a sentence a 7-year-old can read."


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    is_correct = blocks.BooleanBlock(required=False, label="Right answer")
    explanation = blocks.CharBlock(
        required=False, max_length=200, help_text="Optional: shown if a child picks this one."
    )


class PictureChoiceBlock(blocks.StructBlock):
    image = ImageChooserBlock(help_text="Its alt text is read out instead of the picture.")
    label = blocks.CharBlock(max_length=80, help_text="Shown under the picture.")
    is_correct = blocks.BooleanBlock(required=False, label="Right answer")
    explanation = blocks.CharBlock(required=False, max_length=200)


class _QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200)
    explanation = blocks.CharBlock(required=False, max_length=300, help_text=_EXPLANATION_HELP)

    # How many ticked right answers this kind allows, (fewest, most or None), and what to tell
    # the editor otherwise. Kinds without `choices` leave it unset.
    right_answers: tuple[int, int | None] | None = None
    right_answers_message = ""

    def clean(self, value):
        value = super().clean(value)
        if self.right_answers is None:
            return value
        fewest, most = self.right_answers
        ticked = sum(1 for choice in value["choices"] if choice["is_correct"])
        if ticked < fewest or (most is not None and ticked > most):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "choices": blocks.list_block.ListBlockValidationError(
                        non_block_errors=[self.right_answers_message]
                    )
                }
            )
        return value


class SingleAnswerBlock(_QuestionBlock):
    choices = blocks.ListBlock(ChoiceBlock(), min_num=2, max_num=6)
    right_answers = (1, 1)
    right_answers_message = "Tick exactly one right answer."

    class Meta:
        label = "One right answer"
        icon = "radio-full"


class MultipleAnswerBlock(_QuestionBlock):
    choices = blocks.ListBlock(ChoiceBlock(), min_num=3, max_num=8)
    right_answers = (2, None)
    right_answers_message = "Tick at least two right answers (or use 'One right answer')."

    class Meta:
        label = "Several right answers"
        icon = "tick"


class TrueFalseBlock(_QuestionBlock):
    is_true = blocks.BooleanBlock(required=False, label="The statement is true")
    true_explanation = blocks.CharBlock(required=False, max_length=200)
    false_explanation = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        label = "True or false"
        icon = "help"


class PictureAnswerBlock(_QuestionBlock):
    choices = blocks.ListBlock(PictureChoiceBlock(), min_num=2, max_num=6)
    right_answers = (1, None)
    right_answers_message = "Tick at least one right picture."

    class Meta:
        label = "Pick the picture"
        icon = "image"


class QuizQuestionsBlock(blocks.StreamBlock):
    single = SingleAnswerBlock()
    multiple = MultipleAnswerBlock()
    true_false = TrueFalseBlock()
    picture = PictureAnswerBlock()

    class Meta:
        min_num = 1
        max_num = 30
