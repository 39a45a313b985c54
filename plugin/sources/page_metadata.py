# SPDX-License-Identifier: GPL-2.0-or-later
"""A saved page's title, author, publication date, outlet, canonical URL and language, from the page's own
metadata, most specific first: schema.org JSON-LD (NewsArticle and kin), then OpenGraph and article:* meta tags,
then other meta tags (author, Dublin Core, citation_*), then <link rel=canonical>, <title> and <html lang>.
Nothing is guessed from the visible text."""
import json
import re
from datetime import datetime, timedelta, timezone

ARTICLE_TYPES = re.compile(r"article|posting|report|blog|news", re.I)
MAX_JSON_LD = 2_000_000  # characters of one JSON-LD block
SPACES = re.compile(r"\s+")


def _clean(value):
    return SPACES.sub(" ", value).strip() if isinstance(value, str) else ""


def _name(value):
    """A schema.org person or organisation (text, object, or list of them) as plain names."""
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, dict):
        return _clean(value.get("name", "")) if isinstance(value.get("name"), str) else ""
    if isinstance(value, list):
        names = [name for name in (_name(item) for item in value[:20]) if name]
        return ", ".join(dict.fromkeys(names))
    return ""


def _json_ld_objects(root, warnings):
    """Every JSON-LD object on the page (@graph and lists flattened), without recursion."""
    found = []
    for element in root.iter():
        if element.tag != "script" or "ld+json" not in element.get("type").lower():
            continue
        text = element.text().strip()
        if not text or len(text) > MAX_JSON_LD:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            warnings.append("a JSON-LD metadata block is not valid JSON; it was ignored")
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item[:200]))
            elif isinstance(item, dict):
                found.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"][:200]))
    return found


def _types(item):
    kind = item.get("@type", "")
    return " ".join(kind) if isinstance(kind, list) else str(kind)


def _article(objects):
    articles = [item for item in objects if ARTICLE_TYPES.search(_types(item)) and "headline" in item]
    articles += [item for item in objects if ARTICLE_TYPES.search(_types(item)) and item not in articles]
    return articles[0] if articles else {}


def _meta_tags(root):
    tags = {}
    for element in root.iter():
        if element.tag != "meta":
            continue
        key = (element.get("property") or element.get("name") or element.get("itemprop")).strip().lower()
        content = element.get("content")
        if key and content and key not in tags:
            tags[key] = _clean(content)
    return tags


def _first(*values):
    return next((value for value in values if value), "")


def _url(value):
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url") or ""
    value = _clean(value) if isinstance(value, str) else ""
    return value if re.match(r"https?://", value, re.I) else ""


def page_metadata(root, warnings):
    """dict with title, author, published_at, outlet, url, language (empty strings, published_at None)."""
    article = _article(_json_ld_objects(root, warnings))
    meta = _meta_tags(root)
    canonical = title_tag = language = ""
    for element in root.iter():
        if element.tag == "link" and "canonical" in element.get("rel").lower().split() and not canonical:
            canonical = _url(element.get("href"))
        elif element.tag == "title" and not title_tag:
            title_tag = _clean(element.text())
        elif element.tag == "html" and not language:
            language = _clean(element.get("lang") or element.get("xml:lang"))
    publisher = article.get("publisher")
    published = _first(_clean(article.get("datePublished")) if isinstance(article.get("datePublished"), str) else "",
                       meta.get("article:published_time"), meta.get("datepublished"),
                       meta.get("dc.date.issued"), meta.get("dc.date"), meta.get("citation_publication_date"),
                       meta.get("pubdate"), meta.get("date"))
    return {
        "title": _first(_clean(article.get("headline")) if isinstance(article.get("headline"), str) else "",
                        meta.get("og:title"), meta.get("twitter:title"), meta.get("dc.title"), title_tag),
        "author": _first(_name(article.get("author")), meta.get("author"), meta.get("article:author")
                         if not _url(meta.get("article:author", "")) else "", meta.get("dc.creator"),
                         meta.get("citation_author"), meta.get("byl")),
        "published_at": published or None,
        "outlet": _first(_name(publisher) if not isinstance(publisher, list) else _name(publisher[:1]),
                         meta.get("og:site_name"), meta.get("application-name"), meta.get("dc.publisher")),
        "url": _first(canonical, _url(meta.get("og:url", "")), _url(article.get("mainEntityOfPage")),
                      _url(article.get("url"))),
        "language": language,
    }


ISO_MOMENT = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
                        r"\s*(Z|[+-]\d{2}:?\d{2})?)?\s*$", re.I)


def utc_moment(value):
    """(datetime in UTC, whether it has a time) from an ISO 8601 date as pages give it, or (None, False).
    A time without an offset is taken as UTC (a page that gives none gives no better)."""
    found = ISO_MOMENT.match(value or "")
    if not found:
        return None, False
    year, month, day, hour, minute, second, offset = found.groups()
    try:
        moment = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0),
                          tzinfo=timezone.utc)
    except ValueError:
        return None, False
    if offset and offset.upper() != "Z":
        digits = offset[1:].replace(":", "")
        shift = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        moment = moment - shift if offset[0] == "+" else moment + shift
    return moment, hour is not None
