import { Page } from "../components/Page";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/id";
import { Link } from "../router";

/** A page that only says something: not found, not allowed. */
export function MessagePage({ title, body, testId }: { title: MessageKey; body: MessageKey; testId: string }) {
  const { t } = useI18n();
  return (
    <Page title={t(title)} testId={testId}>
      <p>{t(body)}</p>
      <p>
        <Link to="/">{t("notFound.home")}</Link>
      </p>
    </Page>
  );
}
