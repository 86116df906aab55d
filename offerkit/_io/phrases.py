"""A long list of phrases searched fast: the plain alternation's own match, found after a cheap look for the words
every phrase needs.

``re`` tries each phrase of an alternation at each position of the text (a hundred phrases: a hundred tries per
character), where ``str.__contains__`` looks for one word at memory speed.  Each phrase needs some literal text to
match ("regret to inform"; "won't be moving forward" needs one of "won't", "will not", "wont"): a text holding none of
a pattern's needed words cannot match it, and most mail holds none of most patterns' words.  For a text that holds
some, the phrases that could match are searched one by one (each at the speed of its own literal prefix), and the
alternation itself is then run from the earliest of their starts: the match is the plain pattern's, the same span,
the same phrase, the same ``Match`` object type (``tests/io/test_mail_phrases.py`` holds them equal on every text of
the corpora and on generated ones).

The needed words are read from ``re``'s own parser; a phrase it cannot read (or a Python without it) is searched the
plain way.

Which needed words a text holds is the one speed trick, behind one seam (:func:`_words_in`): with the optional
``pyahocorasick`` (``pip install offerkit[fast]``) every pattern's words are found in one pass over the text, the
set kept while the same text is searched by the next pattern (a mail's text is searched by some twenty-five); without
it, each pattern looks for each of its words with ``in``, the plain code the fast one must equal
(``tests/io/test_mail_phrases.py`` runs both).  The reading's speed with it: 1.18x on the 20,000-message benchmark.
"""

from __future__ import annotations

import re

try:  # Aho-Corasick: all the needed words in a text in one pass (optional: the plain search below is the same)
    import ahocorasick as _ahocorasick
except ImportError:  # pragma: no cover - the plain look, word by word
    _ahocorasick = None

try:  # the parser ``re.compile`` itself uses (Python 3.11+)
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - an older or a different Python: every pattern is searched plainly
    _parser = _c = None

__all__ = ["Phrases", "needed_words"]


def needed_words(phrase: str):
    """Strings one of which every match of ``phrase`` contains, or ``None`` when no such list is read.

    Parameters
    ----------
    phrase : str
        A regular expression.

    Returns
    -------
    tuple of str or None
        The longest such strings found (the shortest of them as long as can be).

    Examples
    --------
    >>> needed_words(r"regret to inform")
    ('regret to inform',)
    >>> needed_words(r"(?:won'?t|will not) be (?:moving|going) forward")
    (' forward',)
    >>> needed_words(r"(?:pleased|happy) to (?:extend|offer you)")
    ('extend', 'offer you')
    >>> needed_words(r"\\d+ new jobs?"), needed_words(r"[^.]{0,5}")
    ((' new job',), None)
    """
    if _parser is None:  # pragma: no cover
        return None
    try:
        return _needs(_parser.parse(phrase))
    except Exception:  # pragma: no cover - a pattern the parser reads differently: searched plainly
        return None


def _score(words):
    return (min(map(len, words)), -len(words))


def _needs(items):
    """The best list of needed strings of a parsed sequence (or ``None``)."""
    best, run = None, []

    def take(words):
        nonlocal best
        if words and min(map(len, words)) > 0 and (best is None or _score(words) > _score(best)):
            best = words

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # a zero-width assertion (\b, a look-behind): the literal text around it is one
        if run:
            take(("".join(run),))
            run = []
        if op is _c.SUBPATTERN:
            take(_needs(av[-1]))
        elif op is _c.BRANCH:
            alternatives = [_needs(a) for a in av[1]]
            if all(alternatives):
                take(tuple(dict.fromkeys(w for a in alternatives for w in a)))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            take(_needs(av[2]))
    if run:
        take(("".join(run),))
    return best


class Phrases:
    """The alternation ``"|".join(phrases)``, whose ``search`` first looks for the words its phrases need.

    Everything but ``search`` (``sub``, ``finditer``, ``pattern``, ...) is the compiled alternation's own.

    Parameters
    ----------
    phrases : list of str
        Regular expressions, tried in this order at each position (as in the alternation).

    Examples
    --------
    >>> rule = Phrases([r"regret to inform", r"not (?:been )?selected"])
    >>> rule.search("we regret to inform you that you have not been selected").group(0)
    'regret to inform'
    >>> rule.search("you have been selected") is None
    True
    >>> rule.search("you were not selected").re is rule.regex
    True
    """

    __slots__ = ("regex", "_always", "_words", "_by_word", "_word_set")

    def __init__(self, phrases):
        self.regex = re.compile("|".join(phrases))
        needs = [needed_words(p) for p in phrases]
        self._always = any(n is None for n in needs)  # a phrase that needs no word: every text is searched plainly
        self._by_word = {}  # each needed word: the phrases that need it
        for phrase, words in zip(phrases, needs):
            for w in words or ():
                self._by_word.setdefault(w, []).append(re.compile(phrase))
        self._words = tuple(self._by_word)
        self._word_set = frozenset(self._words)
        _ALL_WORDS.update(self._words)
        _FOUND.clear()
        _AUTOMATON[:] = [None]  # built again, with these words too, at the next search

    def search(self, text, pos=0):
        """The plain alternation's ``search(text, pos)``."""
        if self._always or pos:
            return self.regex.search(text, pos)
        found = _words_in(text, self)
        if not found:
            return None
        phrases = self._by_word[next(iter(found))] if len(found) == 1 else {p for w in found for p in self._by_word[w]}
        starts = [m.start() for phrase in phrases for m in (phrase.search(text),) if m]
        # no phrase starts before the earliest start: the alternation's match from there is its match from 0
        return self.regex.search(text, min(starts)) if starts else None

    def __getattr__(self, name):
        return getattr(self.regex, name)

    def __repr__(self):
        return f"Phrases({self.regex.pattern[:60]!r}{'...' if len(self.regex.pattern) > 60 else ''})"


#: Every pattern's needed words, the automaton that finds them (built at the first search after a pattern is made),
#: and the words found in the last few texts searched (by identity: the same string object, not an equal one).
_ALL_WORDS: set = set()
_AUTOMATON: list = [None]
_FOUND: dict = {}
#: Off: each pattern looks for its own words with ``in`` (the plain code; the tests run the reading both ways).
FAST = _ahocorasick is not None


def _words_in(text, rule):
    """The needed words of ``rule`` that ``text`` holds: the one seam of the speed trick.

    Plain: ``[w for w in rule._words if w in text]``.  Fast: the words of every pattern found in ``text`` by one
    Aho-Corasick pass (kept while the same string is searched again, up to 16 texts), those of ``rule`` kept.  Either
    way, the same words (order aside: :meth:`Phrases.search` uses them as a set).

    >>> rule = Phrases([r"regret to inform", r"not (?:been )?selected"])
    >>> sorted(_words_in("we regret to inform you", rule))
    ['regret to inform']
    """
    if not FAST:
        return [w for w in rule._words if w in text]
    entry = _FOUND.get(id(text))
    if entry is None or entry[0] is not text:
        automaton = _AUTOMATON[0]
        if automaton is None:
            automaton = _ahocorasick.Automaton()
            for word in _ALL_WORDS:
                automaton.add_word(word, word)
            automaton.make_automaton()
            _AUTOMATON[0] = automaton
        if len(_FOUND) >= 16:
            _FOUND.clear()
        entry = _FOUND[id(text)] = (text, {w for _, w in automaton.iter(text)})
    return rule._word_set.intersection(entry[1])


#: Case-blind matching, for the few patterns searched in text as written.
_I = re.IGNORECASE


def _any(*phrases):
    """One pattern of lower-case phrases, searched in lower-cased text (a case-blind search costs a third more).

    The pattern is a :class:`~offerkit._io.phrases.Phrases`: the alternation, searched after a look for the words its
    phrases need (most mail holds none of a rule's words; 3 times faster).

    A phrase's leading ``\\b`` is checked after its first letter (``\\bloan`` as ``l(?<!\\wl)oan``, the same
    match): one phrase that starts with an assertion makes ``re`` try every phrase at every position of the text,
    where phrases that start with letters let it skip the positions no phrase can start at (2-4 times faster).

    >>> bool(_any(r"\\bloan\\b").search("a car loan")), bool(_any(r"\\bloan\\b").search("a carloan"))
    (True, False)
    """
    fast = [
        f"{p[2]}(?<!\\w{p[2]}){p[3:]}" if p.startswith("\\b") and len(p) > 2 and p[2].isalpha() else p for p in phrases
    ]
    return Phrases(fast)


class _Lowered:
    """A case-blind pattern searched as its :class:`Phrases` in the lower-cased text: ``search(text)`` is the plain
    ``re.compile(pattern, re.IGNORECASE).search(text)`` found or not (its match is in ``text.lower()``; callers ask
    only whether it matched).  For long alternations of names searched in short strings, many times a mail (a
    sender's name, a name a cue read): the words are looked for first, as :class:`Phrases` does.

    >>> relay = _Lowered(r"greenhouse|\\bvia\\b|^nhs$")
    >>> bool(relay.search("Sarah Lee via Greenhouse")), bool(relay.search("NHS")), bool(relay.search("Viable Foods"))
    (True, True, False)
    """

    __slots__ = ("plain", "_phrases")

    def __init__(self, pattern):
        self.plain = re.compile(pattern, re.IGNORECASE)  # the plain code the fast one must equal (tests run both)
        self._phrases = Phrases([pattern])

    def search(self, text):
        return self._phrases.search(text.lower())

    def __repr__(self):
        return f"_Lowered({self.plain.pattern[:60]!r}...)"
