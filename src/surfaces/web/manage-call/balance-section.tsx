import { balanceDimensions } from '../../../domain/selection/balance/index.js';
import type { Balance } from '../../../domain/selection/index.js';
import type { LocalizedText } from '../../../domain/text/localized-text.js';
import type { Translator } from '../../../i18n/index.js';
import { dimensionName } from './target-words.js';
import { dimensionValueLabel, formatPercent } from './value-labels.js';

/** The live balance: for each dimension, each value's share among the accepted and among all sent. */
export function BalanceSection(props: { t: Translator; balance: Balance; themes: ReadonlyMap<string, LocalizedText> }) {
  const { t, balance } = props;
  return (
    <section aria-labelledby="balance">
      <h2 id="balance">{t.t('manage.balance.title')}</h2>
      <p>{t.t('manage.balance.intro', { selected: balance.selectedCount, candidates: balance.candidateCount })}</p>
      {balanceDimensions.map((dimension) => {
        const entries = balance.dimensions[dimension];
        if (entries.length === 0) return null;
        return (
          <>
            <h3 id={`balance-${dimension}`}>{dimensionName(t, dimension)}</h3>
            <div class="scroll">
              <table aria-labelledby={`balance-${dimension}`}>
                <thead>
                  <tr>
                    <th scope="col">{t.t('manage.balance.value')}</th><th scope="col">{t.t('manage.balance.selected')}</th><th scope="col">{t.t('manage.balance.selectedShare')}</th>
                    <th scope="col">{t.t('manage.balance.submitted')}</th><th scope="col">{t.t('manage.balance.submittedShare')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr>
                      <th scope="row">{dimensionValueLabel(t, dimension, entry.value, props.themes)}</th>
                      <td>{entry.selected}</td>
                      <td>{formatPercent(entry.selectedShare, t.locale)}</td>
                      <td>{entry.submitted}</td>
                      <td>{formatPercent(entry.submittedShare, t.locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        );
      })}
    </section>
  );
}
