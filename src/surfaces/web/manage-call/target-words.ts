import type { BalanceDimension } from '../../../domain/selection/balance/index.js';
import type { SelectionTarget, TargetOutcome } from '../../../domain/selection/index.js';
import type { LocalizedText } from '../../../domain/text/localized-text.js';
import type { Translator } from '../../../i18n/index.js';
import { dimensionValueLabel, formatPercent } from './value-labels.js';

type Themes = ReadonlyMap<string, LocalizedText>;

export const dimensionName = (t: Translator, dimension: BalanceDimension): string => t.t(`manage.dimension.${dimension}`);

/** "Region · Africa: at least 25 %", "Country · each value: at most 5". */
export function describeTarget(t: Translator, target: SelectionTarget, themes: Themes): string {
  const amount = (value: number) => (target.unit === 'share' ? formatPercent(value, t.locale) : new Intl.NumberFormat(t.locale).format(value));
  const value = target.value === '*' ? t.t('manage.target.eachValue') : dimensionValueLabel(t, target.dimension, target.value.toLowerCase(), themes);
  const bounds = [
    target.min !== undefined ? t.t('manage.target.atLeast', { amount: amount(target.min) }) : null,
    target.max !== undefined ? t.t('manage.target.atMost', { amount: amount(target.max) }) : null,
  ].filter((bound): bound is string => bound !== null);
  return `${dimensionName(t, target.dimension)} · ${value}: ${bounds.join(', ')}`;
}

/** Why a target stays unmet, from its reason's code and numbers, in the reader's language. */
export function reasonText(t: Translator, outcome: TargetOutcome, targets: readonly SelectionTarget[], themes: Themes): string {
  const reason = outcome.reason;
  if (!reason) return '';
  const numbers = { available: reason.available ?? 0, needed: reason.needed ?? 0 };
  switch (reason.code) {
    case 'too_few_candidates':
      return t.t('manage.reason.too_few_candidates', numbers);
    case 'exceeds_places':
      return t.t('manage.reason.exceeds_places', numbers);
    case 'conflicts_with_decisions':
      return reason.available === undefined ? t.t('manage.reason.conflicts_with_decisions_alone', numbers) : t.t('manage.reason.conflicts_with_decisions', numbers);
    case 'conflicts_with_targets': {
      const others = (reason.conflictingTargetIds ?? []).map((id) => targets.find((target) => target.id === id)).filter((target): target is SelectionTarget => target !== undefined);
      return t.t('manage.reason.conflicts_with_targets', { needed: numbers.needed, targets: others.map((target) => describeTarget(t, target, themes)).join('; ') || '—' });
    }
  }
}
