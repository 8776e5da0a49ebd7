"""Words a spaCy token pattern may match, drawn at random: the text the fast matchers' tests
(perf30a's opener matcher, perf31c's wrapped sentences) feed both the fast and stock matchers."""
import random

_FLAG_WORDS = {("IS_PUNCT", True): ",", ("IS_PUNCT", False): "word", ("IS_ALPHA", True): "word",
               ("IS_ALPHA", False): "5", ("LIKE_NUM", True): "5", ("IS_SPACE", True): "\n"}


def word_for(token: dict, rng: random.Random) -> str:
    for key in ("LOWER", "TEXT", "ORTH"):
        value = token.get(key)
        if isinstance(value, str):
            return value
        if isinstance(value, dict) and isinstance(value.get("IN"), list):
            return rng.choice(value["IN"])
    for (flag, wanted), word in _FLAG_WORDS.items():
        if token.get(flag) is wanted:
            return word
    return "word"  # a REGEX, a NOT_IN or no test: a word most of them take


def instance(pattern: list, rng: random.Random, line_breaks: bool = True) -> str:
    """Words a pattern may match: each optional token taken or left at random, a repeated one
    taken once or twice; without `line_breaks`, a line-break token is left out (a test that puts
    its own wrap in after)."""
    words = []
    for token in pattern:
        if not line_breaks and token.get("IS_SPACE"):
            continue
        op = token.get("OP")
        times = rng.choice([0, 1]) if op == "?" else rng.choice([0, 1, 2]) if op == "*" \
            else rng.choice([1, 2]) if op == "+" else 1
        words += [word_for(token, rng) for _ in range(times)]
    return " ".join(words)
