// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// interpretServerUrl: what a user pastes as "the server" turned into the REST base URL.
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace cc {

/// The REST base URL read from what a user typed or pasted, and what had to be assumed.
struct ServerUrlReading
{
    QUrl baseUrl;            ///< "https://host[:port]/sipxconfig/rest"; empty on error
    QString conference;      ///< from a pasted ".../my/conference/NAME/..." URL, decoded
    QStringList assumptions; ///< one translated sentence per guess, in order
    QString error;           ///< translated; set when the text cannot name a server

    bool isValid() const { return error.isEmpty() && baseUrl.isValid(); }
};

/// Accepts a bare host ("pbx.example.com"), a host URL ("https://127.0.0.1:8443"), the base URL
/// itself, or any sipXconfig REST URL copied from the API document
/// ("https://pbx/sipxconfig/rest/my/conference/sales/mute&7"): the path is cut after
/// "/sipxconfig/rest" (seed-conference-rest-api.txt: every resource lives below it), a missing
/// scheme becomes https, a missing path becomes /sipxconfig/rest. A path elsewhere (a reverse
/// proxy) is kept as it is. Credentials in the URL and schemes other than http(s) are errors.
ServerUrlReading interpretServerUrl(const QString &text);

} // namespace cc
