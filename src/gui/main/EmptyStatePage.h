#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class EmptyStatePage;
}

namespace scrutineer::gui {

// What a new user sees in an empty archive: what Scrutineer does, how to bring packs in (import,
// drag and drop), the sample pack, and where the archive lives. GUI thread only.
class EmptyStatePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStatePage)

public:
    explicit EmptyStatePage(QWidget* parent = nullptr);
    ~EmptyStatePage() override;

    void setDatabasePath(const QString& path);
    // While an import runs the buttons wait.
    void setImportRunning(bool running);

signals:
    void importFilesRequested();
    void importFolderRequested();
    void sampleRequested();
    void openDatabaseRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateText();

    std::unique_ptr<Ui::EmptyStatePage> m_ui;
    QString m_databasePath;
};

} // namespace scrutineer::gui
