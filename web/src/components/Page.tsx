import { useEffect, useRef, type ReactNode } from "react";
import { useI18n } from "../i18n/I18nProvider";

let firstPageShown = false;

/**
 * A page's frame: sets the document title and, after an in-app navigation (not on first load), moves focus to the
 * heading so that screen readers announce the new page.
 */
export function Page({
  title,
  testId,
  narrow = false,
  children,
}: {
  title: string;
  testId: string;
  /** A single-form page (login, register): keep it one comfortable column wide. */
  narrow?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · ${t("app.name")}`;
  }, [title, t]);

  useEffect(() => {
    if (firstPageShown) heading.current?.focus();
    firstPageShown = true;
  }, []);

  return (
    <section className={narrow ? "page narrow" : "page"} data-testid={`page-${testId}`}>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}
