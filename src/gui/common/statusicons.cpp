// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/statusicons.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <cmath>
#include <iterator>

namespace gui {

namespace {

// The ink of the monochrome glyphs on light backgrounds; the SVGs use the same colour, so it
// can be swapped for the palette's text colour on dark backgrounds.
const QColor kInk(0x2b, 0x2f, 0x36);
constexpr QLatin1String kSvgInk("#2b2f36");

QPainterPath star(qreal cx, qreal cy, qreal outer, qreal inner)
{
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const qreal r = (i % 2 == 0) ? outer : inner;
        const qreal a = -M_PI / 2 + i * M_PI / 5;
        const QPointF p(cx + r * std::cos(a), cy + r * std::sin(a));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

// Paints one glyph on a 24x24 grid, mirroring resources/icons/<name>.svg.
void paintGlyph(QPainter &p, cc::Glyph glyph, const QColor &ink = kInk)
{
    QPen pen(ink, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    QPen slash(ink, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (glyph) {
    case cc::Glyph::None:
        break;
    case cc::Glyph::Talking: {
        QPainterPath cone;
        cone.moveTo(3, 9);
        cone.lineTo(7, 9);
        cone.lineTo(12, 5);
        cone.lineTo(12, 19);
        cone.lineTo(7, 15);
        cone.lineTo(3, 15);
        cone.closeSubpath();
        p.setBrush(ink);
        p.drawPath(cone);
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(10.5, 7, 10, 10), -45 * 16, 90 * 16);
        p.drawArc(QRectF(9.5, 3, 18, 18), -50 * 16, 100 * 16);
        break;
    }
    case cc::Glyph::Muted:
        p.drawRoundedRect(QRectF(9, 3, 6, 11), 3, 3);
        p.drawArc(QRectF(5.5, 4.5, 13, 13), 180 * 16, 180 * 16);
        p.drawLine(QPointF(12, 17.5), QPointF(12, 21));
        p.setPen(slash);
        p.drawLine(QPointF(3, 3), QPointF(21, 21));
        break;
    case cc::Glyph::Deaf:
        p.drawArc(QRectF(4, 4, 16, 16), 0, 180 * 16);
        p.drawLine(QPointF(4, 12), QPointF(4, 15));
        p.drawLine(QPointF(20, 12), QPointF(20, 15));
        p.setBrush(ink);
        p.drawRoundedRect(QRectF(3, 14, 4, 7), 1.5, 1.5);
        p.drawRoundedRect(QRectF(17, 14, 4, 7), 1.5, 1.5);
        p.setPen(slash);
        p.drawLine(QPointF(3, 3), QPointF(21, 21));
        break;
    case cc::Glyph::Floor:
        p.setBrush(ink);
        p.drawPath(star(12, 12.5, 10, 4.2));
        break;
    case cc::Glyph::Moderator: {
        QPainterPath crown;
        crown.moveTo(3, 18);
        crown.lineTo(2, 7);
        crown.lineTo(7.5, 11);
        crown.lineTo(12, 4);
        crown.lineTo(16.5, 11);
        crown.lineTo(22, 7);
        crown.lineTo(21, 18);
        crown.closeSubpath();
        p.setBrush(ink);
        p.drawPath(crown);
        p.drawLine(QPointF(3, 21), QPointF(21, 21));
        break;
    }
    case cc::Glyph::Hold:
        p.drawEllipse(QPointF(12, 12), 9.5, 9.5);
        p.setPen(slash);
        p.drawLine(QPointF(9.5, 8), QPointF(9.5, 16));
        p.drawLine(QPointF(14.5, 8), QPointF(14.5, 16));
        break;
    case cc::Glyph::Video: {
        p.drawRoundedRect(QRectF(2, 6, 13, 12), 2, 2);
        QPainterPath lens;
        lens.moveTo(15, 10.5);
        lens.lineTo(22, 6.5);
        lens.lineTo(22, 17.5);
        lens.lineTo(15, 13.5);
        lens.closeSubpath();
        p.setBrush(ink);
        p.drawPath(lens);
        break;
    }
    case cc::Glyph::Recording:
        p.drawEllipse(QPointF(12, 12), 9.5, 9.5);
        p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 2));
        p.setBrush(QColor(0xc6, 0x28, 0x28));
        p.drawEllipse(QPointF(12, 12), 5, 5);
        break;
    case cc::Glyph::Lock:
        p.setBrush(ink);
        p.drawRoundedRect(QRectF(4, 10.5, 16, 11), 2, 2);
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(7.5, 2.5, 9, 9), 0, 180 * 16);
        p.drawLine(QPointF(7.5, 7), QPointF(7.5, 10.5));
        p.drawLine(QPointF(16.5, 7), QPointF(16.5, 10.5));
        break;
    case cc::Glyph::Relation:
        p.drawEllipse(QPointF(6, 12), 3.5, 3.5);
        p.drawEllipse(QPointF(18, 12), 3.5, 3.5);
        p.drawLine(QPointF(9.5, 12), QPointF(14.5, 12));
        p.drawLine(QPointF(10, 7), QPointF(14, 17));
        break;
    case cc::Glyph::App: {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1f, 0x5f, 0xa8));
        p.drawRoundedRect(QRectF(0.75, 0.75, 22.5, 22.5), 5.25, 5.25);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(12, 15), 7.5, 3.4);
        p.drawEllipse(QPointF(12, 6.75), 2.25, 2.25);
        p.drawEllipse(QPointF(5.25, 9.75), 1.9, 1.9);
        p.drawEllipse(QPointF(18.75, 9.75), 1.9, 1.9);
        break;
    }
    case cc::Glyph::RaisedHand: {
        // An open hand, fingers up: a shape of its own, so it reads without its amber fill.
        const QColor amber(0xe0, 0x8a, 0x00);
        QPainterPath hand;
        hand.addRoundedRect(QRectF(5.5, 11, 12.5, 11), 4, 4);
        const qreal fingerX[] = {6, 9.25, 12.5, 15.75};
        const qreal fingerTop[] = {5.5, 3, 3.5, 6};
        for (int i = 0; i < 4; ++i)
            hand.addRoundedRect(QRectF(fingerX[i], fingerTop[i], 2.75, 14 - fingerTop[i]), 1.35, 1.35);
        QPainterPath thumb;
        thumb.moveTo(6.5, 19);
        thumb.lineTo(2.5, 12.5);
        thumb.quadTo(3, 10.5, 5, 12);
        thumb.lineTo(8, 15);
        thumb.closeSubpath();
        hand = hand.united(thumb);
        p.setPen(QPen(ink, 1.25, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(amber);
        p.drawPath(hand.simplified());
        break;
    }
    }
}

/// The ink for `palette`: the designed dark grey on light backgrounds, the palette's text colour
/// on dark ones (View ▸ Theme ▸ Dark, or a dark desktop), so the glyphs never vanish.
QColor inkFor(const QPalette &palette)
{
    if (palette.color(QPalette::Active, QPalette::Window).lightness() < 128)
        return palette.color(QPalette::Active, QPalette::WindowText);
    return kInk;
}

QImage renderGlyph(cc::Glyph glyph, int extent, const QColor &ink)
{
    QImage image;
    if (QImageReader::supportedImageFormats().contains("svg")) {
        QFile file(StatusIcons::resourcePath(glyph));
        if (file.open(QIODevice::ReadOnly)) {
            QByteArray svg = file.readAll();
            if (ink != kInk)
                svg.replace(QByteArray(kSvgInk.data(), kSvgInk.size()), ink.name().toLatin1());
            QBuffer buffer(&svg);
            QImageReader reader(&buffer, "svg");
            reader.setScaledSize(QSize(extent, extent)); // vector: sharp at any size and DPR
            image = reader.read();
        }
    }
    if (image.isNull()) { // no SVG plugin (or no file): the same shapes painted in code
        image = QImage(extent, extent, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(extent / 24.0, extent / 24.0);
        paintGlyph(p, glyph, ink);
    }
    return image;
}

/// Renders on demand with the current application palette, so icons already set on actions and
/// tool buttons follow a theme switch at run time.
class GlyphIconEngine final : public QIconEngine
{
public:
    explicit GlyphIconEngine(cc::Glyph glyph)
        : m_glyph(glyph)
    {}

    QIconEngine *clone() const override { return new GlyphIconEngine(m_glyph); }
    QString key() const override { return QStringLiteral("conference-console-glyph"); }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int extent = qMin(size.width(), size.height());
        return QSize(extent, extent);
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {QSize(16, 16), QSize(24, 24), QSize(32, 32), QSize(48, 48), QSize(64, 64)};
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const int extent = qMax(1, qRound(qMin(size.width(), size.height()) * scale));
        const QColor ink = inkFor(QGuiApplication::palette());
        const QString key =
            QStringLiteral("%1/%2/%3/%4").arg(extent).arg(ink.rgba()).arg(int(mode)).arg(scale);
        auto it = m_cache.constFind(key);
        if (it == m_cache.constEnd()) {
            QImage image = renderGlyph(m_glyph, extent, ink);
            if (mode == QIcon::Disabled) { // faded, like QIcon's own disabled pixmaps
                QImage faded(image.size(), QImage::Format_ARGB32_Premultiplied);
                faded.fill(Qt::transparent);
                QPainter p(&faded);
                p.setOpacity(0.4);
                p.drawImage(0, 0, image);
                p.end();
                image = faded;
            }
            if (m_cache.size() > 64)
                m_cache.clear();
            it = m_cache.insert(key, QPixmap::fromImage(image));
        }
        QPixmap result = *it;
        result.setDevicePixelRatio(scale);
        return result;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        const int extent = qMin(rect.width(), rect.height());
        const QPixmap pm = scaledPixmap(QSize(extent, extent), mode, state, dpr);
        const QRect target(rect.x() + (rect.width() - extent) / 2, rect.y() + (rect.height() - extent) / 2,
                           extent, extent);
        painter->drawPixmap(target, pm);
    }

private:
    cc::Glyph m_glyph;
    QHash<QString, QPixmap> m_cache;
};
} // namespace

QString StatusIcons::resourcePath(Glyph glyph)
{
    static const char *const names[] = {"",          "talking", "muted",     "deaf",      "floor",
                                        "moderator", "hold",    "video",     "recording", "lock",
                                        "relation",  "app",     "raisedhand"};
    static_assert(std::size(names) == int(cc::Glyph::RaisedHand) + 1, "one file name per cc::Glyph");
    if (glyph == cc::Glyph::None)
        return {};
    return QStringLiteral(":/gui/icons/") + QLatin1String(names[int(glyph)]) + QStringLiteral(".svg");
}

QString StatusIcons::text(Glyph glyph)
{
    switch (glyph) {
    case cc::Glyph::None:
        return {};
    case cc::Glyph::Talking:
        return QCoreApplication::translate("gui::StatusIcons", "Talking");
    case cc::Glyph::Muted:
        return QCoreApplication::translate("gui::StatusIcons", "Muted");
    case cc::Glyph::Deaf:
        return QCoreApplication::translate("gui::StatusIcons", "Deaf");
    case cc::Glyph::Floor:
        return QCoreApplication::translate("gui::StatusIcons", "Floor");
    case cc::Glyph::Moderator:
        return QCoreApplication::translate("gui::StatusIcons", "Moderator");
    case cc::Glyph::Hold:
        return QCoreApplication::translate("gui::StatusIcons", "On hold");
    case cc::Glyph::Video:
        return QCoreApplication::translate("gui::StatusIcons", "Video");
    case cc::Glyph::Recording:
        return QCoreApplication::translate("gui::StatusIcons", "Recording");
    case cc::Glyph::Lock:
        return QCoreApplication::translate("gui::StatusIcons", "Locked");
    case cc::Glyph::Relation:
        return QCoreApplication::translate("gui::StatusIcons", "Relation");
    case cc::Glyph::App:
        return QCoreApplication::translate("gui::StatusIcons", "Conference Console");
    case cc::Glyph::RaisedHand:
        return QCoreApplication::translate("gui::StatusIcons", "Wants to speak");
    }
    return {};
}

QIcon StatusIcons::painted(Glyph glyph)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 24.0, size / 24.0);
        paintGlyph(p, glyph);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon StatusIcons::icon(Glyph glyph)
{
    if (glyph == cc::Glyph::None)
        return {};
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(glyph));
    if (it != cache.constEnd())
        return *it;
    // SVG (or the painted twin), re-inked for dark palettes at paint time: see GlyphIconEngine.
    const QIcon result(new GlyphIconEngine(glyph));
    cache.insert(int(glyph), result);
    return result;
}

} // namespace gui
