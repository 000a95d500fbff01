// Runs the built kestrel-cli as a user would, with the password in KESTREL_PASSWORD.
#pragma once

#include <QProcess>
#include <QStringList>

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// extraEnv: more NAME=VALUE pairs for the environment.
inline CliRun runCli(const QStringList &args, const QString &password = QStringLiteral("s3cret-pw-long"),
                     const QStringList &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KESTREL_PASSWORD"), password);
    for (const QString &pair : extraEnv)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KESTREL_BIN_DIR "/kestrel-cli"), args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
