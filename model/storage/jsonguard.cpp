// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonguard.h"

#include "filelimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringList>

#include <vector>

namespace ccp {

namespace {

struct Frame
{
    bool object = false;
    QString path;        // of this container, "" at the top
    QSet<QString> keys;  // objects: the keys seen so far
    int index = 0;       // arrays: the index of the next element
    bool keyNext = true; // objects: the next string is a key
};

// The decoded text of the JSON string at json[begin, end) (quotes included).
QString decode(const QByteArray &raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw.constData() + 1, raw.size() - 2);
    const QJsonArray a = QJsonDocument::fromJson("[" + raw + "]").array();
    return a.isEmpty() ? QString() : a.at(0).toString();
}

QString child(const Frame &f, const QString &key)
{
    if (!f.object)
        return f.path + QLatin1Char('[') + QString::number(f.index) + QLatin1Char(']');
    return f.path.isEmpty() ? key : f.path + QLatin1Char('.') + key;
}

QString withWhere(const QString &where, const QString &message)
{
    return where.isEmpty() ? message : where + QLatin1String(": ") + message;
}

} // namespace

std::optional<LoadError> JsonGuard::check(const QByteArray &json, const QString &where)
{
    std::vector<Frame> stack;
    QString pendingKey; // the key whose value comes next, in the innermost object
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        switch (c) {
        case '{':
        case '[': {
            if (int(stack.size()) >= limits::kMaxJsonDepth)
                return LoadError{withWhere(where, tr("nested deeper than %1 levels (the limit)")
                                                      .arg(limits::kMaxJsonDepth))};
            Frame f;
            f.object = c == '{';
            f.path = stack.empty() ? QString() : child(stack.back(), pendingKey);
            stack.push_back(std::move(f));
            break;
        }
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            break;
        case ',':
            if (!stack.empty()) {
                if (stack.back().object)
                    stack.back().keyNext = true;
                else
                    ++stack.back().index;
            }
            break;
        case '"': {
            qsizetype j = i + 1;
            while (j < n && json[j] != '"')
                j += json[j] == '\\' ? 2 : 1;
            const QByteArray raw = json.mid(i, j - i + 1);
            i = j;
            const QString text = decode(raw);
            const bool isKey = !stack.empty() && stack.back().object && stack.back().keyNext;
            if (text.size() > limits::kMaxTextChars) {
                const QString path = stack.empty() ? QString() : child(stack.back(), pendingKey);
                return LoadError{withWhere(where, tr("%1: a text of %2 characters (at most %3)")
                                                      .arg(path.isEmpty() ? tr("(top level)") : path)
                                                      .arg(text.size())
                                                      .arg(limits::kMaxTextChars))};
            }
            if (isKey) {
                Frame &f = stack.back();
                f.keyNext = false;
                if (f.keys.contains(text))
                    return LoadError{withWhere(where, tr("%1: the key appears twice in one object")
                                                          .arg(child(f, text)))};
                f.keys.insert(text);
                pendingKey = text;
            }
            break;
        }
        default:
            break;
        }
        // After a value in an object, pendingKey stays until the next key replaces it.
    }
    return std::nullopt;
}

} // namespace ccp
