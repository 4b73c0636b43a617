#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

// Let failures print Qt values instead of "{?}".
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& l)
    {
        return "[" + l.join(QStringLiteral(" | ")).toStdString() + "]";
    }
};
template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate& d) { return d.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch
