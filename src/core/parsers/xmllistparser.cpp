// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// parseXmlList(): plain-text answers, indentation compaction, then the strict fast path with
// QXmlStreamReader as the fallback that reports every error (xmllistreader.h).
#include "core/parsers/parsers.h"
#include "core/parsers/parserutil.h"
#include "core/parsers/xmllistreader.h"

#include <QCoreApplication>

#include <cstring>

namespace cc {

namespace {

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/// Whether the '>' at `gt` closes a start tag `<name ...>` (not `</x>`, `<x/>`, `<!..>`, `<?..?>`).
bool closesStartTag(const char *begin, const char *gt)
{
    if (gt > begin && gt[-1] == '/')
        return false;
    for (const char *p = gt; p > begin;) {
        --p;
        if (*p == '<')
            return p + 1 < gt && p[1] != '/' && p[1] != '!' && p[1] != '?';
    }
    return false;
}

/// FreeSWITCH indents xml_list (freeswitch-conference.md §4.4): a quarter of the bytes are
/// whitespace between tags, and QXmlStreamReader spends about 15 % of the parse on those text
/// nodes. Dropping each run of whitespace that contains a newline and sits between '>' and '<'
/// never changes what XmlListReader reads: containers skip their text, member values are
/// URL-encoded (§4.2, no raw whitespace), and an element whose whole content is such a run
/// (`<record_path>\n  </record_path>`) is left intact. CDATA would be changed, so a document
/// with CDATA is not touched. Returns an empty array when nothing was dropped.
QByteArray compactIndentation(QByteArrayView text)
{
    if (text.contains("<![CDATA["))
        return {};
    QByteArray out(text.size(), Qt::Uninitialized);
    char *o = out.data();
    const char *const begin = text.data();
    const char *const end = begin + text.size();
    const char *p = begin;
    while (p < end) {
        const auto *gt = static_cast<const char *>(std::memchr(p, '>', size_t(end - p)));
        if (!gt)
            gt = end - 1;
        std::memcpy(o, p, size_t(gt + 1 - p));
        o += gt + 1 - p;
        p = gt + 1;
        const char *q = p;
        bool newline = false;
        while (q < end && isXmlSpace(*q)) {
            newline = newline || *q == '\n';
            ++q;
        }
        if (newline && q < end && *q == '<' && !(q + 1 < end && q[1] == '/' && closesStartTag(begin, gt)))
            p = q;
    }
    if (o - out.data() == text.size())
        return {};
    out.truncate(o - out.data());
    return out;
}

} // namespace

Parsed<QList<ConferenceSnapshot>> parseXmlList(QByteArrayView freeswitchOutput)
{
    const QByteArrayView text = parserutil::trimmedView(freeswitchOutput);
    Parsed<QList<ConferenceSnapshot>> result;
    if (text.isEmpty()) {
        result.error =
            ParseError{QCoreApplication::translate(
                           "cc::Parsers", "FreeSWITCH sent an empty reply instead of the conference list."),
                       1, 1};
        return result;
    }
    // "-ERR Conference x not found" and friends are plain text, not XML (§4.1).
    if (text.startsWith("-ERR") || text.front() != '<') {
        result.error =
            ParseError{QCoreApplication::translate(
                           "cc::Parsers", "FreeSWITCH answered \"%1\" instead of the conference list.")
                           .arg(parserutil::snippet(text)),
                       1, 1};
        return result;
    }
    // Fast path on the compacted bytes; any error is reported from the original bytes below,
    // so messages and line/column positions are those of the text FreeSWITCH sent.
    const QByteArray compact = compactIndentation(text);
    const QByteArray raw = QByteArray::fromRawData(text.data(), text.size()); // no copy
    result = xmllist::readStrict(compact.isEmpty() ? raw : compact);
    if (result.ok())
        return result;
    if (!compact.isEmpty()) {
        result = xmllist::readStream(compact);
        if (result.ok())
            return result;
    }
    result = xmllist::readStream(raw);
    if (result.error && result.error->line > 0) {
        // Report positions in the caller's text, not in the trimmed view.
        const QByteArrayView skipped = freeswitchOutput.first(text.data() - freeswitchOutput.data());
        result.error->line += skipped.count('\n');
    }
    return result;
}

} // namespace cc
