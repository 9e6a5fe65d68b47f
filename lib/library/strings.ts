// The library's interface strings, one catalogue per language. Kept out of
// public/_locales because every tab's content script bundles those (its
// gzipped size has a budget, scripts/budgets.ts), and none of these is shown
// in a page; only the keyboard command's description, which the manifest
// needs, stays there. Pack problems (a library file is a pack file) are worded
// from _locales, as on the Knowledge section.
import type { Lang } from '../i18n/i18n';

const EN = {
  menuSaveArticle: 'Save this article to Siyaq',
  librarySave: 'Save this article',
  librarySaving: 'Saving…',
  librarySaved: 'Saved to your library: {1}',
  libraryUpdated: 'Updated in your library: {1}',
  libraryTruncated: 'Only the first part of this very long page was kept.',
  libraryNoArticle: 'No article found on this page (a home page or a search page?). Nothing was saved.',
  libraryPrivate: 'Siyaq does not save from private windows unless you turn it on in the options. Nothing was saved.',
  libraryUnreadable: 'Siyaq cannot read this page (it may be loading or closed). Nothing was saved.',
  libraryQuota: 'The browser’s storage for Siyaq is full. Nothing was saved; your library is as it was.',
  libraryFailed: 'The article could not be saved. Your library is as it was.',
  optionsLibrary: 'My library',
  libraryCount: 'Saved articles: {1}',
  libraryEmpty: 'No saved articles yet. Save one with “Save this article” in the toolbar button, the page’s menu or Alt+Shift+L.',
  librarySearch: 'Search saved articles',
  libraryNoMatch: 'No saved article matches.',
  libraryDelete: 'Delete',
  libraryDeleteAll: 'Delete all…',
  libraryConfirmDeleteAll: 'Delete all saved articles ({1})? This cannot be undone.',
  libraryConfirmYes: 'Delete all',
  libraryCancel: 'Cancel',
  librarySaveInPrivate: 'Allow saving articles from private windows',
  librarySavedOn: 'saved {1}',
  menuTrackName: 'Track “%s” in Siyaq',
  trackAdded: 'Now tracking “{1}”: it is marked on pages, and its card lists the passages that name it.',
  trackTooShort: 'This is too short to track as a name.',
  trackTooLong: 'Select a name only (at most five words).',
  trackCommon: 'This is a common word, not a name: tracking it would mark every page.',
  trackNotAName: 'Select a name, not a sentence.',
  trackKnown: 'Siyaq already knows this name: point at it on the page to see its card.',
  libraryTopics: 'Names you track',
  libraryTopicsEmpty: 'No tracked names. Select a name on a page and choose “Track” in its menu.',
  libraryTopicNames: 'Names, one per line (the first is the one shown)',
  libraryTopicSave: 'Save names',
  libraryTopicDelete: 'Stop tracking',
  libraryExport: 'Export library (.siyaq)',
  libraryImport: 'Import a library (.siyaq)',
  libraryImported: 'Imported: {1} new, {2} updated, {3} already here.',
  libraryImportFailed: '“{1}” was not imported: {2} Your library is as it was.',
  libraryTopicRefused: 'The names were not saved: {1}',
};

export type LibraryKey = keyof typeof EN;

const AR: Record<LibraryKey, string> = {
  menuSaveArticle: 'احفظ هذه المقالة في سياق',
  librarySave: 'احفظ هذه المقالة',
  librarySaving: 'جارٍ الحفظ…',
  librarySaved: 'حُفظت في مكتبتك: {1}',
  libraryUpdated: 'حُدِّثت في مكتبتك: {1}',
  libraryTruncated: 'احتُفظ بالجزء الأول فقط من هذه الصفحة الطويلة جدًا.',
  libraryNoArticle: 'لم يُعثر على مقالة في هذه الصفحة (صفحة رئيسية أو صفحة بحث؟). لم يُحفظ شيء.',
  libraryPrivate: 'لا يحفظ سياق من النوافذ الخاصة ما لم تفعّل ذلك في الخيارات. لم يُحفظ شيء.',
  libraryUnreadable: 'تعذّر على سياق قراءة هذه الصفحة (ربما ما زالت تُحمَّل أو أُغلقت). لم يُحفظ شيء.',
  libraryQuota: 'امتلأت مساحة التخزين المخصصة لسياق في المتصفح. لم يُحفظ شيء، ومكتبتك كما كانت.',
  libraryFailed: 'تعذّر حفظ المقالة. مكتبتك كما كانت.',
  optionsLibrary: 'مكتبتي',
  libraryCount: 'المقالات المحفوظة: {1}',
  libraryEmpty: 'لا مقالات محفوظة بعد. احفظ مقالة من زر سياق في شريط الأدوات أو من قائمة الصفحة أو بالاختصار Alt+Shift+L.',
  librarySearch: 'ابحث في المقالات المحفوظة',
  libraryNoMatch: 'لا مقالة محفوظة تطابق البحث.',
  libraryDelete: 'احذف',
  libraryDeleteAll: 'احذف الكل…',
  libraryConfirmDeleteAll: 'هل تحذف كل المقالات المحفوظة ({1})؟ لا يمكن التراجع عن ذلك.',
  libraryConfirmYes: 'احذف الكل',
  libraryCancel: 'إلغاء',
  librarySaveInPrivate: 'اسمح بحفظ المقالات من النوافذ الخاصة',
  librarySavedOn: 'حُفظت في {1}',
  menuTrackName: 'تابِع «%s» في سياق',
  trackAdded: 'تتابع الآن «{1}»: يُعلَّم في الصفحات، وتعرض بطاقته المقاطع التي تذكره.',
  trackTooShort: 'هذا أقصر من أن يُتابَع بوصفه اسمًا.',
  trackTooLong: 'اختر اسمًا فقط (خمس كلمات على الأكثر).',
  trackCommon: 'هذه كلمة شائعة وليست اسمًا: متابعتها ستعلّم كل صفحة.',
  trackNotAName: 'اختر اسمًا لا جملة.',
  trackKnown: 'يعرف سياق هذا الاسم من قبل: أشر إليه في الصفحة لترى بطاقته.',
  libraryTopics: 'الأسماء التي تتابعها',
  libraryTopicsEmpty: 'لا أسماء متابَعة. حدّد اسمًا في صفحة واختر «تابِع» من قائمتها.',
  libraryTopicNames: 'الأسماء، واحد في كل سطر (الأول هو المعروض)',
  libraryTopicSave: 'احفظ الأسماء',
  libraryTopicDelete: 'أوقف المتابعة',
  libraryExport: 'صدّر المكتبة (‎.siyaq‎)',
  libraryImport: 'استورد مكتبة (‎.siyaq‎)',
  libraryImported: 'استُورد: {1} جديدة، {2} محدَّثة، {3} موجودة من قبل.',
  libraryImportFailed: 'لم يُستورد «{1}»: {2} مكتبتك كما كانت.',
  libraryTopicRefused: 'لم تُحفظ الأسماء: {1}',
};

const CATALOGUES: Record<Lang, Record<LibraryKey, string>> = { ar: AR, en: EN };

/** The string in that language, with {1}, {2}… filled from args in order. */
export function lt(lang: Lang, key: LibraryKey, ...args: (string | number)[]): string {
  return CATALOGUES[lang][key].replace(/\{(\d)\}/g, (whole, n: string) => (Number(n) <= args.length ? String(args[Number(n) - 1]) : whole));
}
