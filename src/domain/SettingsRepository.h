#pragma once

#include <QString>
#include <optional>

namespace parcours {

// Key/value settings stored with the data, so every workstation sharing a
// database applies the same rules.
class SettingsRepository
{
  public:
    virtual ~SettingsRepository() = default;
    virtual std::optional<QString> value(const QString& key) const = 0;
    virtual void setValue(const QString& key, const QString& value) = 0;
};

} // namespace parcours
