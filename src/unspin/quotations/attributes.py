"""spaCy's attribute ruler, the same annotations for less work.

The English pipeline's attribute ruler sets each token's coarse part of speech, features and a
few lemmas from its fine tag, its word and its dependency (179 rules in the small model). spaCy
runs every rule as a token pattern over every token: a tenth of the quotation parse. Almost all
rules test one token for equal values (a tag; a word with a tag; a dependency), so here:

- rules that test the tag alone become one table, applied to the whole document as an array;
- rules that test one token for values among a few (word, tag, dependency, whitespace) are
  looked up by one of those values, then checked;
- the rest (regular expressions, several tokens) run as spaCy's own ruler;

and the matches are applied in the ruler's order (a later rule wins), so the annotations are
the ruler's: every rule is matched on the document as the parser left it, before any is
applied, as the ruler does. A test compares every token's part of speech, features, lemma, tag
and dependency with the ruler's.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["FastAttributes"]

_KEYS = ("LOWER", "TAG", "DEP", "IS_SPACE")
"""The token values the looked-up rules may test, in the order a rule is looked up by."""


def _values(spec: object) -> tuple[frozenset[object], bool] | None:
    """The values a rule's condition accepts (or, with True, refuses); None when the condition
    is not a plain value or list."""
    if isinstance(spec, str | bool):
        return frozenset([spec]), False
    if isinstance(spec, dict) and len(spec) == 1:
        (op, values), = spec.items()
        if op in ("IN", "NOT_IN") and isinstance(values, list) and all(
                isinstance(v, str) for v in values):
            return frozenset(values), op == "NOT_IN"
    return None


class FastAttributes:
    """Applies an ``AttributeRuler``'s rules to a parsed ``Doc`` as the ruler would."""

    def __init__(self, ruler: Any) -> None:
        from spacy.pipeline import AttributeRuler
        from spacy.strings import get_string_id

        spacy_attrs: Any = importlib.import_module("spacy.attrs")  # compiled: no stubs
        self._pos, self._morph = spacy_attrs.POS, spacy_attrs.MORPH

        self._ruler = ruler
        self._attrs: list[dict[int, int]] = list(ruler.attrs)
        self._columns = [getattr(spacy_attrs, key) for key in _KEYS]
        table: dict[int, int] = {}  # tag id -> rule
        looked_up: dict[tuple[int, object], list[tuple[int, list[tuple[int, frozenset[object],
                                                                             bool]]]]] = {}
        rest: list[tuple[int, dict[str, Any]]] = []
        self.usable = True

        def ids(values: frozenset[object]) -> frozenset[object]:
            return frozenset(int(v) if isinstance(v, bool) else get_string_id(str(v))
                             for v in values)

        for n, rule in enumerate(ruler.patterns):
            alternatives = rule["patterns"]
            keys = {k for alternative in alternatives for token in alternative for k in token}
            single = all(len(a) == 1 for a in alternatives) and rule.get("index", 0) == 0
            parsed = [[(k, _values(v)) for k, v in a[0].items()] for a in alternatives] \
                if single else []
            if single and all(keys == {"TAG"} and v is not None and not v[1] and len(v[0]) == 1
                              for a in parsed for k, v in a):
                for a in parsed:
                    for _, v in a:
                        assert v is not None
                        table[get_string_id(str(next(iter(v[0]))))] = n
                continue
            if single and keys <= set(_KEYS) and all(v is not None for a in parsed
                                                     for _, v in a):
                for a in parsed:
                    checks = [(_KEYS.index(k), ids(v[0]), v[1]) for k, v in a if v is not None]
                    anchor = next((c for c in sorted(checks) if not c[2]), None)
                    if anchor is None:  # only refusals: checked on every token
                        looked_up.setdefault((-1, None), []).append((n, checks))
                        continue
                    for value in anchor[1]:
                        looked_up.setdefault((anchor[0], value), []).append((n, checks))
                continue
            rest.append((n, rule))
        # The table goes first, so its rules must come before every other rule.
        if table and max(table.values()) > min(
                [n for n, _ in rest] + [n for found in looked_up.values() for n, _ in found]
                + [len(self._attrs)]):
            self.usable = False
            return
        self._table = table
        self._looked_up = looked_up
        self._anywhere = looked_up.get((-1, None), [])
        self._rest_rules = [n for n, _ in rest]
        self._rest = AttributeRuler(ruler.vocab, name="rest")
        for _, rule in rest:
            self._rest.add(patterns=rule["patterns"], attrs=rule["attrs"],
                           index=rule.get("index", 0))

    def __call__(self, doc: Any) -> Any:
        if not self.usable:
            return self._ruler(doc)
        from spacy.tokens._retokenize import set_token_attrs

        pos, morph = self._pos, self._morph
        columns = doc.to_array(self._columns).tolist()
        matches: list[tuple[int, int]] = []  # (rule, token)
        looked_up = self._looked_up
        for k, values in enumerate(columns):
            for at, value in enumerate(values):
                for n, checks in looked_up.get((at, value), ()):
                    if all((values[c] in accepted) != refused for c, accepted, refused in checks):
                        matches.append((n, k))
            for n, checks in self._anywhere:
                if all((values[c] in accepted) != refused for c, accepted, refused in checks):
                    matches.append((n, k))
        for rule, _, start, end in self._rest.match(doc):
            n = self._rest_rules[rule]
            matches.append((n, doc[start:end][self._ruler.indices[n]].i))
        # The tag table first (its rules come first), then each match in the ruler's order.
        if self._table:
            tagged = doc.to_array([pos, morph])
            changed = False
            for k, values in enumerate(columns):
                rule = self._table.get(values[_KEYS.index("TAG")])
                if rule is not None:
                    attrs = self._attrs[rule]
                    tagged[k, 0] = attrs.get(pos, tagged[k, 0])
                    tagged[k, 1] = attrs.get(morph, tagged[k, 1])
                    changed = True
            if changed:
                doc.from_array([pos, morph], tagged)
        matches.sort()
        for n, k in matches:
            set_token_attrs(doc[k], self._attrs[n])
        return doc
