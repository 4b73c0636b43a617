#pragma once

#include "SettingsRepository.h"

namespace parcours {

class Database;

class SqlSettingsRepository final : public SettingsRepository
{
  public:
    explicit SqlSettingsRepository(Database& db) : m_db(db) {}
    std::optional<QString> value(const QString& key) const override;
    void setValue(const QString& key, const QString& value) override;

  private:
    Database& m_db;
};

} // namespace parcours
