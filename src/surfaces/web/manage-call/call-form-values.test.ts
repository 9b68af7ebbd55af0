import { describe, expect, it } from 'vitest';
import { callValuesFromForm, formatChoices, parseChoices, toCallInput } from './call-form-values.js';

describe('the call editor’s form values', () => {
  it('reads one choice a line as a value and its French, Spanish and English labels, and writes them back alike', () => {
    const lines = 'local = Locale | Local | Local\r\n\nnational=Nationale|Nacional|National';
    const choices = parseChoices(lines);
    expect(choices).toEqual([
      { value: 'local', label: { fr: 'Locale', es: 'Local', en: 'Local' } },
      { value: 'national', label: { fr: 'Nationale', es: 'Nacional', en: 'National' } },
    ]);
    const stored = choices.map((choice) => ({ value: choice.value, label: { original: 'fr' as const, text: choice.label } }));
    expect(formatChoices(stored)).toBe('local = Locale | Local | Local\nnational = Nationale | Nacional | National');
  });

  it('keeps a line without "=" as a value without labels, so the service names what is missing', () => {
    expect(parseChoices('local')).toEqual([{ value: 'local', label: { fr: '', es: '', en: '' } }]);
  });

  it('drops a question row whose key is empty and keeps the others in order', () => {
    const values = callValuesFromForm({
      status: 'open', deadline: '2026-04-15T18:00', submissionKinds: ['initiative', 'workshop'],
      'questions.0.key': 'budget', 'questions.0.kind': 'text', 'questions.0.label.en': 'Budget', 'questions.0.forKinds': 'initiative',
      'questions.1.key': '  ', 'questions.1.label.en': 'Forgotten',
      'questions.2.key': 'partners', 'questions.2.kind': 'long_text', 'questions.2.required': 'on', 'questions.2.maxLength': '2000',
    });
    expect(values.questions.map((question) => question.key)).toEqual(['budget', 'partners']);
    expect(values.questions[1]).toMatchObject({ required: true, maxLength: '2000', forKinds: [] });
    expect(values.submissionKinds).toEqual(['initiative', 'workshop']);
  });

  it('turns the typed texts into the service’s input, written first in the reader’s language when filled', () => {
    const values = callValuesFromForm({
      status: 'draft', deadline: '2026-04-15T18:00', 'intro.fr': '', 'intro.es': '', 'intro.en': '',
      'questions.0.key': 'scale', 'questions.0.kind': 'choice', 'questions.0.label.fr': 'Échelle', 'questions.0.label.es': 'Escala', 'questions.0.label.en': 'Scale', 'questions.0.maxLength': 'many',
    });
    const input = toCallInput(values, 'es');
    expect(input.intro).toBeNull();
    expect(input.questions![0]).toMatchObject({ label: { original: 'es', text: { fr: 'Échelle', es: 'Escala', en: 'Scale' } }, help: null, choices: null, maxLength: 'many' });
  });
});
