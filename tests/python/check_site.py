"""What independent tools make of a built edition: the data package, validated by frictionless
(the Frictionless Data reference validator), with each table's row count the same in every
edition; and each page's JSON-LD, expanded by PyLD (a JSON-LD processor), naming the page's
dateModified. Run by `cargo xtask test`: check_site.py DIST_OF_EDITION...
"""

import json
import pathlib
import sys

from frictionless import Package, validate
from pyld import jsonld

SCHEMA = "https://schema.org/"


def offline_schema_org(url, options=None):
    """schema.org's context without the network: every term is a schema.org IRI."""
    if url.rstrip("/") not in ("https://schema.org", "http://schema.org"):
        raise ValueError(f"the JSON-LD asks for a context other than schema.org's: {url}")
    return {"contextUrl": None, "documentUrl": url, "document": {"@context": {"@vocab": SCHEMA}}}


def check_package(dist):
    """Problems of the package in `dist/data`, and each table's row count."""
    problems = []
    descriptor = dist / "data" / "datapackage.json"
    report = validate(str(descriptor))
    if not report.valid:
        for task in report.tasks:
            for error in task.errors:
                problems.append(f"{descriptor}: {task.name}: {error.message}")
        for error in report.errors:
            problems.append(f"{descriptor}: {error.message}")
    package = Package(str(descriptor))
    counts = {resource.name: len(resource.read_rows()) for resource in package.resources}
    meta = json.loads(descriptor.read_text(encoding="utf-8"))
    for key in ("as_of", "updated", "licenses"):
        if not meta.get(key):
            problems.append(f"{descriptor}: no {key}")
    return problems, counts, meta


def pages(dist):
    """Every page of a view in `dist`: not the embeds (copies of views), nor other editions'."""
    for page in sorted(dist.rglob("index.html")):
        top = page.relative_to(dist).parts[0]
        # Another edition below this one has a data package of its own.
        if top == "embed" or (dist / top / "data" / "datapackage.json").exists():
            continue
        yield page


def json_ld(html):
    start = html.find('<script type="application/ld+json">')
    if start < 0:
        return None
    start = html.index(">", start) + 1
    return json.loads(html[start : html.index("</script>", start)])


def check_pages(dist, updated, lang):
    problems, count = [], 0
    jsonld.set_document_loader(offline_schema_org)
    for page in pages(dist):
        count += 1
        data = json_ld(page.read_text(encoding="utf-8"))
        if data is None:
            problems.append(f"{page}: no JSON-LD")
            continue
        [node] = jsonld.expand(data) or [{}]
        types = node.get("@type", [])
        if SCHEMA + "NewsArticle" not in types:
            problems.append(f"{page}: not a NewsArticle: {types}")
        modified = [v.get("@value") for v in node.get(SCHEMA + "dateModified", [])]
        if modified != [updated]:
            problems.append(f"{page}: dateModified {modified}, the data says {updated}")
        languages = [v.get("@value") for v in node.get(SCHEMA + "inLanguage", [])]
        if languages != [lang]:
            problems.append(f"{page}: inLanguage {languages}, not {lang}")
        if not node.get(SCHEMA + "headline") or not node.get(SCHEMA + "publisher"):
            problems.append(f"{page}: no headline or publisher")
    if count == 0:
        problems.append(f"{dist}: no pages")
    return problems, count


def main(dists):
    problems, first_counts = [], None
    for dist in map(pathlib.Path, dists):
        found, counts, meta = check_package(dist)
        problems += found
        if first_counts is None:
            first_counts = counts
        elif counts != first_counts:
            problems.append(f"{dist}: row counts differ from {dists[0]}'s: {counts} against {first_counts}")
        pages_found, count = check_pages(dist, meta.get("updated"), meta.get("language"))
        problems += pages_found
        print(f"{dist}: data package of {len(counts)} tables ({sum(counts.values())} rows), "
              f"{len(found)} problems; JSON-LD of {count} pages, {len(pages_found)} problems")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
