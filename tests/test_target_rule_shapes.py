"""Every token pattern of the target rules has a shape the first-word matcher takes.

One pattern it cannot bound (a first or last token matching any of several words, a
wildcard) sends every note back through spaCy's Matcher over all ~8,000 token patterns: four
times extract's time (session 33: mend33a's `{"LOWER": {"IN": [...]}}` "spinal abscess" and
"bad back" took extract from ~35 to ~150 ms a note, and no output changed to show it).
Write such a rule as one pattern per spelling, or as a regex rule.
"""


def test_the_target_matchers_first_word_matcher_takes_every_token_pattern(nlp):
    matcher = nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher
    first_word = matcher._first_word_matcher
    assert first_word.usable, f"token patterns of a shape it cannot bound: {first_word.refused}"


def test_the_sectionizers_first_word_matcher_takes_every_header_pattern(nlp):
    sectionizer = nlp.get_pipe("medspacy_sectionizer")
    assert sectionizer._Sectionizer__matcher._first_word_matcher.usable
