// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/serverurl.h"

#include <QCoreApplication>

namespace cc {

namespace {

/// tr() with the context "cc::ServerUrl", which lupdate reads from the macro (a free tr() would
/// file the strings under "cc", where the running console never looks them up).
struct ServerUrl
{
    Q_DECLARE_TR_FUNCTIONS(cc::ServerUrl)
};

const QLatin1String kRestRoot("/sipxconfig/rest");
const QLatin1String kConferencePrefix("/my/conference/");

} // namespace

ServerUrlReading interpretServerUrl(const QString &text)
{
    ServerUrlReading reading;
    QString t = text.trimmed();
    if (t.isEmpty()) {
        reading.error = ServerUrl::tr("No server address given.");
        return reading;
    }
    if (!t.contains(QLatin1String("://"))) {
        t.prepend(QLatin1String("https://"));
        reading.assumptions << ServerUrl::tr("No scheme given: assumed https://.");
    }
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid())
        url = QUrl(t, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()) {
        reading.error = ServerUrl::tr("“%1” is not a server address.").arg(text.trimmed());
        return reading;
    }
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        reading.error = ServerUrl::tr("“%1” is not an http(s) URL.").arg(text.trimmed());
        return reading;
    }
    if (!url.userInfo().isEmpty()) {
        reading.error = ServerUrl::tr("Do not put credentials into the URL; the console asks for them.");
        return reading;
    }
    if (url.hasQuery() || url.hasFragment()) {
        reading.assumptions << ServerUrl::tr("Ignored the query and fragment of the URL.");
        url.setQuery(QString());
        url.setFragment(QString());
    }

    // Work on the encoded path so that an encoded '/' inside a conference name stays inside it.
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    QString rest; // what follows the REST root
    const qsizetype root = path.indexOf(kRestRoot);
    if (root >= 0 && (path.size() == root + kRestRoot.size() || path.at(root + kRestRoot.size()) == u'/')) {
        rest = path.mid(root + kRestRoot.size());
        path.truncate(root + kRestRoot.size());
    } else if (const qsizetype my = path.indexOf(QLatin1String("/my/")); my >= 0) {
        // A resource URL behind a proxy that mounts the REST root elsewhere.
        rest = path.mid(my);
        path.truncate(my);
    } else if (path.isEmpty()) {
        path = kRestRoot;
        reading.assumptions << ServerUrl::tr("No path given: assumed %1.").arg(kRestRoot);
    } else if (path == QLatin1String("/sipxconfig")) {
        path = kRestRoot;
        reading.assumptions << ServerUrl::tr("Completed the path to %1.").arg(kRestRoot);
    }
    if (!rest.isEmpty()) {
        if (rest.startsWith(kConferencePrefix)) {
            const QString segment = rest.mid(kConferencePrefix.size()).section(u'/', 0, 0);
            reading.conference = QUrl::fromPercentEncoding(segment.toUtf8());
        }
        reading.assumptions << (reading.conference.isEmpty()
                                    ? ServerUrl::tr("Used the server part of the URL; ignored “%1”.")
                                          .arg(QUrl::fromPercentEncoding(rest.toUtf8()))
                                    : ServerUrl::tr(
                                          "Used the server part of the URL; it names the conference “%1”.")
                                          .arg(reading.conference));
    }
    url.setPath(path, QUrl::StrictMode);
    reading.baseUrl = url;
    return reading;
}

} // namespace cc
