/** `/editions/gsef-2018-bilbao/manage/schedule` and its actions. */
export const schedulePath = (slug: string, path = ''): string => `/editions/${slug}/manage/schedule${path}`;

export const editorScriptPath = '/assets/schedule/editor.js';
