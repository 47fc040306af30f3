#include "store/postgres/pg_connection.h"

#include <libpq-fe.h>

#include <cstdio>
#include <pqxx/pqxx>

namespace tocsin {

struct PgConnection::Impl {
  explicit Impl(const std::string& uri) : conn(uri) {}
  pqxx::connection conn;
  // Declared after `conn`: an open transaction goes first (its destructor
  // aborts it).
  std::unique_ptr<pqxx::work> work;
};

namespace {

// PostgreSQL type oids (pg_type.h) of the columns read back as numbers.
constexpr pqxx::oid kBoolOid = 16, kInt8Oid = 20, kInt2Oid = 21, kInt4Oid = 23,
                    kFloat4Oid = 700, kFloat8Oid = 701;

bool Contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// libpq's messages end with a newline and may span lines.
std::string OneLine(std::string message) {
  while (!message.empty() &&
         (message.back() == '\n' || message.back() == ' ')) {
    message.pop_back();
  }
  for (char& c : message) {
    if (c == '\n') c = ' ';
  }
  return message;
}

// Why a connection attempt failed, from libpq's message: connection
// failures carry no SQLSTATE in libpqxx 6.
Status ConnectError(const std::string& target, const std::string& message) {
  const std::string text =
      "cannot connect to PostgreSQL " + target + ": " + OneLine(message);
  if (Contains(message, "password authentication failed") ||
      Contains(message, "no password supplied") ||
      Contains(message, "authentication failed") ||
      Contains(message, "pg_hba.conf") ||
      (Contains(message, "role \"") && Contains(message, "does not exist"))) {
    return FailedPreconditionError(text + " (credentials refused)");
  }
  if (Contains(message, "database \"") && Contains(message, "does not exist")) {
    return NotFoundError(text);
  }
  if (Contains(message, "invalid URI") ||
      Contains(message, "invalid connection option") ||
      Contains(message, "missing \"=\"")) {
    return InvalidArgumentError(text);
  }
  return UnavailableError(text);
}

// The status for an error the server reported, by SQLSTATE class.
Status SqlError(const std::string& sqlstate, std::string text) {
  const std::string_view cls = std::string_view(sqlstate).substr(0, 2);
  if (cls == "28" || sqlstate == "42501") {
    return FailedPreconditionError(text + " (permission denied)");
  }
  if (cls == "08" || cls == "57" || cls == "53") return UnavailableError(text);
  if (cls == "22") return InvalidArgumentError(text);
  if (cls == "23" || cls == "40" || cls == "55") {
    return FailedPreconditionError(text);
  }
  if (sqlstate == "3D000") return NotFoundError(text);
  return InternalError(text);
}

std::string FormatValue(const SqlValue& value) {
  char buffer[40];
  switch (value.index()) {
    case 1:
      std::snprintf(buffer, sizeof buffer, "%lld",
                    static_cast<long long>(std::get<int64_t>(value)));
      return buffer;
    case 2:
      // %.17g round-trips every double; PostgreSQL parses it exactly.
      std::snprintf(buffer, sizeof buffer, "%.17g", std::get<double>(value));
      return buffer;
    default:
      return std::string(SqlText(value));
  }
}

SqlValue ReadField(const pqxx::field& field, pqxx::oid type) {
  if (field.is_null()) return SqlValue();
  switch (type) {
    case kBoolOid:
      return SqlValue(int64_t{field.c_str()[0] == 't'});
    case kInt2Oid:
    case kInt4Oid:
    case kInt8Oid:
      return SqlValue(
          static_cast<int64_t>(std::strtoll(field.c_str(), nullptr, 10)));
    case kFloat4Oid:
    case kFloat8Oid:
      return SqlValue(std::strtod(field.c_str(), nullptr));
    default:
      return SqlValue(std::string(field.c_str(), field.size()));
  }
}

}  // namespace

std::string DescribePostgresTarget(std::string_view uri) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(std::string(uri).c_str(), &error);
  if (error != nullptr) PQfreemem(error);
  if (options == nullptr) return "PostgreSQL";
  std::string user, host, port, dbname;
  for (PQconninfoOption* o = options; o->keyword != nullptr; ++o) {
    if (o->val == nullptr) continue;
    const std::string_view key = o->keyword;
    if (key == "user") user = o->val;
    if (key == "host" || (key == "hostaddr" && host.empty())) host = o->val;
    if (key == "port") port = o->val;
    if (key == "dbname") dbname = o->val;
  }
  PQconninfoFree(options);
  if (host.empty()) host = "localhost";
  std::string out = "'";
  if (!user.empty()) out += user + "@";
  out += host;
  if (!port.empty()) out += ":" + port;
  out += "/" + (dbname.empty() ? user : dbname) + "'";
  return out;
}

PgConnection::PgConnection(std::unique_ptr<Impl> impl, std::string target)
    : impl_(std::move(impl)), target_(std::move(target)) {}

PgConnection::~PgConnection() = default;

bool PgConnection::in_transaction() const { return impl_->work != nullptr; }

StatusOr<std::unique_ptr<PgConnection>> PgConnection::Open(
    std::string_view uri) {
  const std::string target = DescribePostgresTarget(uri);
  try {
    auto impl = std::make_unique<Impl>(std::string(uri));
    return std::unique_ptr<PgConnection>(
        new PgConnection(std::move(impl), target));
  } catch (const pqxx::broken_connection& e) {
    return ConnectError(target, e.what());
  } catch (const pqxx::sql_error& e) {
    return SqlError(e.sqlstate(), "cannot connect to PostgreSQL " + target +
                                      ": " + OneLine(e.what()));
  } catch (const std::exception& e) {
    return ConnectError(target, e.what());
  }
}

Status PgConnection::CurrentError(std::string_view what) {
  const std::string context =
      "PostgreSQL " + target_ + ": " + std::string(what) + ": ";
  try {
    throw;
  } catch (const pqxx::broken_connection& e) {
    broken_ = true;
    impl_->work.reset();
    return UnavailableError(context + "connection lost (" + OneLine(e.what()) +
                            ")");
  } catch (const pqxx::in_doubt_error& e) {
    broken_ = true;
    impl_->work.reset();
    return UnavailableError(context +
                            "connection lost during commit; the batch may or "
                            "may not be stored (" +
                            OneLine(e.what()) + ")");
  } catch (const pqxx::sql_error& e) {
    return SqlError(e.sqlstate(), context + OneLine(e.what()));
  } catch (const std::exception& e) {
    return InternalError(context + OneLine(e.what()));
  }
}

Status PgConnection::Begin() {
  if (impl_->work)
    return FailedPreconditionError("a transaction is already open");
  if (broken_) {
    return UnavailableError("PostgreSQL " + target_ +
                            ": the connection was lost; reopen the store");
  }
  try {
    impl_->work = std::make_unique<pqxx::work>(impl_->conn);
    return Status::OK();
  } catch (...) {
    impl_->work.reset();
    return CurrentError("begin");
  }
}

Status PgConnection::Commit() {
  if (!impl_->work) {
    if (broken_) {
      return UnavailableError("PostgreSQL " + target_ +
                              ": the connection was lost; the batch was "
                              "rolled back");
    }
    return FailedPreconditionError("no transaction is open");
  }
  try {
    impl_->work->commit();
    impl_->work.reset();
    return Status::OK();
  } catch (...) {
    Status error = CurrentError("commit");
    impl_->work.reset();  // a failed commit leaves nothing to roll back
    return error;
  }
}

Status PgConnection::Rollback() {
  if (!impl_->work) {
    // A lost connection took its transaction with it.
    if (broken_) return Status::OK();
    return FailedPreconditionError("no transaction is open");
  }
  try {
    impl_->work->abort();
    impl_->work.reset();
    return Status::OK();
  } catch (...) {
    Status error = CurrentError("rollback");
    impl_->work.reset();
    return error;
  }
}

Status PgConnection::Exec(std::string_view sql) {
  try {
    if (impl_->work) {
      impl_->work->exec(std::string(sql));
    } else {
      pqxx::nontransaction tx(impl_->conn);
      tx.exec(std::string(sql));
    }
    return Status::OK();
  } catch (...) {
    return CurrentError("statement failed");
  }
}

StatusOr<std::string> PgConnection::Prepared(const std::string& sql) {
  auto it = statements_.find(sql);
  if (it != statements_.end()) return it->second;
  std::string name = "tocsin_" + std::to_string(statements_.size());
  try {
    impl_->conn.prepare(name, sql);
  } catch (...) {
    return CurrentError("prepare");
  }
  statements_.emplace(sql, name);
  return name;
}

StatusOr<std::vector<SqlRow>> PgConnection::Query(const std::string& sql,
                                                  const SqlRow& params) {
  if (broken_ && !impl_->work) {
    return UnavailableError("PostgreSQL " + target_ +
                            ": the connection was lost; reopen the store");
  }
  // libpq takes NUL-terminated text: PostgreSQL text cannot hold NUL.
  std::vector<std::string> text(params.size());
  std::vector<const char*> values(params.size(), nullptr);
  for (size_t i = 0; i < params.size(); ++i) {
    if (params[i].index() == 0) continue;
    text[i] = FormatValue(params[i]);
    if (text[i].find('\0') != std::string::npos) {
      return InvalidArgumentError("PostgreSQL " + target_ +
                                  ": text with a NUL byte cannot be stored");
    }
    values[i] = text[i].c_str();
  }
  TOCSIN_ASSIGN_OR_RETURN(std::string name, Prepared(sql));
  try {
    pqxx::result result;
    if (impl_->work) {
      result = impl_->work->exec_prepared(
          name, pqxx::prepare::make_dynamic_params(values));
    } else {
      pqxx::nontransaction tx(impl_->conn);
      result =
          tx.exec_prepared(name, pqxx::prepare::make_dynamic_params(values));
    }
    std::vector<SqlRow> rows;
    rows.reserve(result.size());
    const auto columns = result.columns();
    std::vector<pqxx::oid> types(columns);
    for (pqxx::row::size_type c = 0; c < columns; ++c) {
      types[c] = result.column_type(c);
    }
    for (const pqxx::row& row : result) {
      SqlRow& out = rows.emplace_back();
      out.reserve(columns);
      for (pqxx::row::size_type c = 0; c < columns; ++c) {
        out.push_back(ReadField(row[c], types[c]));
      }
    }
    if (rows.empty() && result.affected_rows() > 0) {
      affected_ = static_cast<int64_t>(result.affected_rows());
    } else {
      affected_ = 0;
    }
    return rows;
  } catch (...) {
    return CurrentError("statement failed");
  }
}

StatusOr<int64_t> PgConnection::Run(const std::string& sql,
                                    const SqlRow& params) {
  TOCSIN_ASSIGN_OR_RETURN(std::vector<SqlRow> rows, Query(sql, params));
  return affected_;
}

StatusOr<int64_t> PgConnection::QueryInt(const std::string& sql,
                                         const SqlRow& params) {
  TOCSIN_ASSIGN_OR_RETURN(std::vector<SqlRow> rows, Query(sql, params));
  if (rows.empty() || rows[0].empty() || rows[0][0].index() == 0) return 0;
  if (rows[0][0].index() != 1) {
    return InternalError("PostgreSQL " + target_ + ": '" + sql +
                         "' returned no integer");
  }
  return std::get<int64_t>(rows[0][0]);
}

int PgConnection::backend_pid() const { return impl_->conn.backendpid(); }

}  // namespace tocsin
