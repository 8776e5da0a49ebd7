"""Sentence boundaries for clinical notes.

Office notes are line-structured: headers, bulleted lists, ROS blocks and telegraphic lines
("Pt c/o LBP x 6 wks") end without a full stop, while dictated prose is hard-wrapped in the
middle of sentences. ConText scopes negation to the sentence, so a boundary missed between
"Denies bowel/bladder changes" and the next line "Weakness L foot" negates the weakness.
The rules below decide each line break from the lines on both sides of it, and split inline
headers ("Neuro: ... GU: ...") and semicolon clauses. Linear in the number of tokens.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from spinecite.pipeline.extensions import doc_text

_TERMINAL = {".", "?", "!", ";"}
# a form's answer box after its question, one space apart ("Trouble with balance? [ ] Yes
# [X] No"): the answer belongs to the question's sentence, as after two spaces (mend34d, e300)
_ANSWER_BOXES = frozenset({"[", "☐", "□", "❏", "❑", "☒", "☑", "■", "✅", "⊠"})
# A line ending in one of these continues on the next line even if that starts upper case.
_CONTINUES = {",", "and", "or", "of", "the", "a", "an", "to", "with", "w/", "in", "for", "no",
              "not", "denies", "at", "on", "by", "from", "&", "+", "/", "-", "but", "than",
              "as", "is", "are", "was", "were", "has", "had", "his", "her", "x",
              # an adverb of doubt wants its diagnosis: "Most likely\nC5-6 stenosis or disc"
              "likely", "probably", "possibly"}
# A line ending in a word of speech or worry goes on into a quotation that opens the next line
# ('He is worried\n"it's an infection in my spine"'): the quote is what he fears or says.
_BEFORE_A_QUOTE = {"worried", "concerned", "afraid", "scared", "fears", "worries", "says",
                   "said", "states", "stated", "reports", "reported", "thinks", "feels",
                   "believes", "asks", "asked", "wonders", "convinced", "told"}
_OPEN_QUOTES = {'"', "\u201c", "'"}
# A full stop after these does not end a sentence.
_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "vs", "e.g", "i.e", "approx", "st", "fig",
                  "etc", "cf", "jr", "sr", "y.o"}
# Titles before a name, whose full stop may end a hard-wrapped line ("(Dr.\nPacheco)").
_TITLES = {"dr", "mr", "mrs", "ms", "drs"}
# A side written as an initial ("neg R.") that the tokenizer keeps with its full stop, as it
# keeps a name's initial ("Dr. R. Smith").
_SIDE_INITIALS = {"L.", "R."}
# A unit after a figure that the tokenizer keeps with its full stop ("PVR 40 mL. Gait not
# tested", "no BM x 2 d. Back pain 9/10"): before a capitalised word the stop ends the
# sentence, as a side's initial does and as a written-out unit's full stop does.
_UNITS_WITH_STOP = {"mL.", "ml.", "cc.", "mg.", "mcg.", "kg.", "lb.", "lbs.", "cm.", "mm.",
                    "hrs.", "min.", "wks.", "yrs.", "d.", "h.", "w."}
# Before a name's initial rather than a side ("seen by R. Smith", "cc: L. Jones").
_BEFORE_A_NAME = {"by", "per", "cc", "to", "with", "from", "dear", "attn"}
# A colon after one of these opens a list whose items a ";" separates, not clauses: "Denies:
# fever; chills; leg weakness", "go to the ED if: a fever; new weakness", "Return precautions:
# ...". Split there, the items after the first lose the cue before the colon.
_LIST_HEADS = {"denies", "denied", "deny", "negative", "neg", "for", "if", "with", "without",
               "no", "none", "precautions", "flags", "signs", "symptoms", "sx", "sxs",
               "instructions", "including", "incl", "include", "includes", "of",
               # a therapist's goal list: "Goals: sit 90 min - MET; return to class -
               # progressing" (each item a goal, read as one; mend36c, e397)
               "goal", "goals", "stg", "stgs", "ltg", "ltgs"}
_BULLET = re.compile(r"^(?:[-*•·▪o>]|\d{1,2}[.)]|[a-z][.)]|#\d*)$")
_MAX_HEADER_TOKENS = 5
# A line this long that ends without punctuation is hard-wrapped prose, not a short field
# line ("HEENT: normal") or a signature ("R. Haldane, MD").
_WRAPPED_LINE_CHARS = 45
_NOT_A_START = numpy.uint64(2**64 - 1)  # SENT_START -1 as the uint64 Doc arrays hold it


def _is_newline(token: Token) -> bool:
    return token.is_space and "\n" in token.text


def _is_list_number(tokens: Doc, i: int) -> bool:
    """'1' in a numbered line '1. Follow up' (the full stop is not a sentence end)."""
    if i < 0 or not (tokens[i].is_digit and len(tokens[i].text) <= 2):
        return False
    return i == 0 or _is_newline(tokens[i - 1])


def _starts_block(tokens: Doc, i: int) -> bool:
    """Does the line starting at token i open a new unit (bullet, header)?"""
    tok = tokens[i]
    if _BULLET.match(tok.text) or (_is_list_number(tokens, i) and i + 1 < len(tokens)
                                   and tokens[i + 1].text in {".", ")"}):
        return True
    # "Header:" or "Two Word Header:" at the start of a line
    for j in range(i, min(i + _MAX_HEADER_TOKENS + 1, len(tokens))):
        t = tokens[j]
        if t.text == ":" and j > i:
            return True
        if t.is_space or t.text in _TERMINAL:
            return False
    return False


def _wrapped_label_lookalike(tokens: Doc, i: int, line_end: int) -> bool:
    """'... In March 2022 he had a left C7 / radiculopathy: 9/10 pain down the arm': a
    lower-case word and a colon after a long line that stops mid-sentence is the wrapped
    sentence going on (its colon opens a list of that sentence), not a field label. A real
    label is capitalised ("Impression:"), follows punctuation or a short field line."""
    if not tokens[i].text[:1].islower() or _BULLET.match(tokens[i].text):
        return False
    end = tokens[line_end]
    if end.text in _TERMINAL or end.text.endswith(":"):
        return False
    return _long_line(tokens, line_end)


def _title_ends_line(tokens: Doc, line_end: int) -> bool:
    """'s/p L4-5 TLIF (Dr.\nPacheco, Summit Spine) for stenosis': a title's full stop at a line's
    end is the wrapped name going on, not a sentence's end (split there, the operation lost
    what it was for, blind27k e026)."""
    end = tokens[line_end]
    if end.text.lower().rstrip(".") in _TITLES and end.text.endswith("."):
        return True
    return (end.text == "." and line_end >= 1 and not tokens[line_end - 1].whitespace_
            and tokens[line_end - 1].text.lower() in _TITLES)


def _long_line(tokens: Doc, line_end: int) -> bool:
    """The line ending at token `line_end` is as long as hard-wrapped prose."""
    start = line_end
    while start > 0 and not _is_newline(tokens[start - 1]):
        start -= 1
    end = tokens[line_end]
    return end.idx + len(end.text) - tokens[start].idx >= _WRAPPED_LINE_CHARS


def _inline_header(tokens: Doc, i: int) -> bool:
    """'GU: denies incontinence  Neuro: numbness' splits before 'Neuro:'."""
    if i + 1 >= len(tokens) or tokens[i + 1].text != ":":
        return False
    tok = tokens[i]
    if not (tok.is_title or tok.is_upper) or not tok.is_alpha or len(tok.text) < 2:
        return False
    prev = tokens[i - 1]
    # a header inside a line is set off by two spaces, a tab or closing punctuation
    return prev.is_space or prev.whitespace_ == "" or prev.text in {".", ",", ")"} or (
        prev.text in _TERMINAL)


def _side_ends_clause(tokens: Doc, i: int) -> bool:
    """'SLR + L at 50 deg, neg R. Gait normal': a side's initial closing a clause (after a
    lower-case word or a figure, not after a name, a title or another initial) before a
    capitalised word ends the sentence there."""
    if not tokens[i].text[:1].isupper() or i < 2:
        return False
    before = tokens[i - 2]
    if before.lower_ in _BEFORE_A_NAME:
        return False
    return before.is_lower or before.like_num or before.text in {"+", "-", ","}


def _unit_ends_sentence(tokens: Doc, i: int) -> bool:
    """'Post-void bladder scan 40 mL. Gait not tested', 'no stool x 3 d. Back pain 9/10': a
    unit with its full stop after a figure, before a capitalised word, ends the sentence there
    (else the next sentence's 'not tested' reaches back over the measurement, or the 'no'
    before it reaches on into the next sentence)."""
    return i >= 2 and tokens[i].text[:1].isupper() and tokens[i - 2].like_num


def _value_cell(texts: list[str], newlines: list[bool], i: int) -> bool:
    """Whether token `i` opens the second cell of a two-cell table row ("| Hoffmann | neg
    bilat |"): the value cell says what its label cell names, one sentence with it (mend34d,
    e290's exam table); a row of three or more cells is a grid whose cells stay apart."""
    before = after = 0
    j = i - 1
    while j >= 0 and not newlines[j]:
        before += texts[j] == "|"
        j -= 1
    first = j + 1  # the line's first token that is not a space
    while first < i and texts[first].isspace():
        first += 1
    j = i
    while j < len(texts) and not newlines[j]:
        after += texts[j] == "|"
        j += 1
    last = j - 1  # the line's last token that is not a space
    while last > i and texts[last].isspace():
        last -= 1
    # the row is closed on both sides: "ROS: Const - no chills | Skin - neg | MSK - neck
    # pain" also has two bars before a cell and one after, and its cells stay apart
    return (before == 2 and after == 1 and texts[first] == "|" and texts[last] == "|")


def _token_texts(doc: Doc) -> list[str]:
    """[token.text for token in doc], sliced from the note by each token's offset and length
    (the Doc's text is its tokens' texts and their whitespace): a Token object and its text
    a token cost twice as much (0.22 -> 0.13 ms a note). A Doc of a pipeline without
    spinecite's extensions is read through its own text."""
    note = doc_text(doc) if Doc.has_extension("text_map") else doc.text
    offsets = doc.to_array(IDX)
    ends = (offsets + doc.to_array(LENGTH)).tolist()
    return [note[start:end] for start, end in zip(offsets.tolist(), ends)]


def note_sentence_starts(doc: Doc) -> list[bool]:
    """For each token, whether a sentence starts there."""
    n = len(doc)
    if not n:
        return []
    # each token's text read once (a Token object and a new string at every access made up
    # most of the cost); Token objects only in the rare branches, from the Doc
    texts = _token_texts(doc)
    spaces = [text.isspace() for text in texts]  # spaCy's is_space
    newlines = [space and "\n" in text for space, text in zip(spaces, texts)]
    starts = [False] * n
    starts[0] = True
    last_line_end = -1  # last non-space token before the current newline
    list_open = False  # the current sentence holds a list head's colon
    for i in range(1, n):
        if spaces[i]:
            continue
        text, prev = texts[i], texts[i - 1]
        if prev == ":" and i >= 2 and texts[i - 2].lower() in _LIST_HEADS:
            list_open = True
        if newlines[i - 1] or (spaces[i - 1] and i >= 2 and newlines[i - 2]):
            newline = prev if newlines[i - 1] else texts[i - 2]
            end = texts[last_line_end] if last_line_end >= 0 else None
            if end is None:
                starts[i] = True
            elif newline.count("\n") >= 2 or (_starts_block(doc, i) and not
                                               _wrapped_label_lookalike(doc, i, last_line_end)):
                starts[i] = True
            elif _title_ends_line(doc, last_line_end):
                starts[i] = False
            elif end in _TERMINAL or end.endswith(":"):
                starts[i] = True
            elif end.lower() in _CONTINUES or end.endswith("-"):
                starts[i] = False
            elif end.lower() in _BEFORE_A_QUOTE and text in _OPEN_QUOTES:
                starts[i] = False
            else:
                # an upper-case or numeric start after an unpunctuated line is a new
                # telegraphic line; a lower-case start continues wrapped prose, and so does
                # a parenthesis after a long line ("Failed >6 wks of conservative care\n(PT,
                # NSAID, muscle relaxant)": the items of the line it wraps)
                starts[i] = not (text[:1].islower()
                                 or text == "(" and _long_line(doc, last_line_end))
        elif prev in _TERMINAL or (spaces[i - 1] and i >= 3 and texts[i - 2] == "."
                                   and not newlines[i - 1] and text[:1].isupper()):
            # a full stop set off by two spaces before a capitalised word ('... naproxen.  PT
            # this episode: none') ends its sentence as one before a single space does (the
            # spaces are a token of their own between them; a '?' before spaces is a form's
            # question and its answer, 'Numbness?  NO', kept together; mend29d, e137)
            if spaces[i - 1] and prev not in _TERMINAL:
                prev, i_stop = texts[i - 2], i - 2
            else:
                i_stop = i - 1
            if prev == "?" and (starts[i_stop] or texts[i_stop - 1] == ":"
                                or bool(doc[i_stop - 1].whitespace_) or spaces[i_stop - 1]
                                or text in _ANSWER_BOXES):
                # a leading "?" marks what follows as uncertain ("? early foot drop",
                # "back pain, ? axial SpA", and one opening a wrapped line: "stenosis,\n?
                # far lateral disc"); a "?" that ends a sentence ends its word
                starts[i] = False
            elif prev == "." and ((texts[i_stop - 1].lower() if i_stop >= 1 else "")
                                  in _ABBREVIATIONS
                                  or text[:1].islower() or _is_list_number(doc, i_stop - 1)):
                starts[i] = False
            elif prev == ";" and list_open:
                starts[i] = False
            else:
                starts[i] = True
        elif i + 1 < n and texts[i + 1] == ":" and _inline_header(doc, i):
            starts[i] = True
        elif ((prev == "|" or (spaces[i - 1] and i >= 2 and texts[i - 2] == "|"))
              and not _value_cell(texts, newlines, i)):
            # a bar ends a grid's cell ("GU - neg | MSK - neck pain | Neuro - no weakness"):
            # no cue of one cell reaches the next cell's item
            starts[i] = True
        elif prev in _SIDE_INITIALS and _side_ends_clause(doc, i):
            starts[i] = True
        elif prev in _UNITS_WITH_STOP and _unit_ends_sentence(doc, i):
            starts[i] = True
        if starts[i]:
            list_open = False
        last_line_end = i
    return starts


def set_note_sentence_starts(doc: Doc) -> Doc:
    starts = note_sentence_starts(doc)
    if not starts:
        return doc
    # one array write: setting Token.is_sent_start checks the whole Doc for a parse each time
    values = numpy.full((len(starts), 1), _NOT_A_START, dtype="uint64")
    values[numpy.array(starts, dtype=bool), 0] = 1
    doc.from_array([SENT_START], values)
    return doc


@Language.component("spinecite_sentences")
def note_sentencizer(doc: Doc) -> Doc:
    return set_note_sentence_starts(doc)
