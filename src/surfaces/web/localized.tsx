import type { Translator } from '../../i18n/index.js';
import { readLocalized, type LocalizedText } from '../../domain/text/localized-text.js';

/** A text people wrote, in the reader's language, or visibly in its original. */
export function Localized(props: { text: LocalizedText | null; t: Translator; as?: 'span' | 'p' }) {
  if (!props.text) return null;
  const reading = readLocalized(props.text, props.t.locale);
  const Tag = props.as ?? 'span';
  return (
    <Tag lang={reading.language}>
      {reading.value}
      {reading.isFallback && reading.language !== props.t.locale ? (
        <>
          {' '}
          <span class="fallback" lang={props.t.locale}>({props.t.t('content.fallback', { language: props.t.languageName(reading.language) })})</span>
        </>
      ) : null}
    </Tag>
  );
}
