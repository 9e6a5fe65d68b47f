// The library's interface strings in both languages. Kept out of
// public/_locales because every tab's content script bundles those, and none
// of these is shown in a page (only the keyboard command's description, which
// the manifest needs, stays there).
import type { Lang } from '../i18n/i18n';

const STRINGS = {
  menuSaveArticle: { ar: 'احفظ هذه المقالة في سياق', en: 'Save this article to Siyaq' },
  librarySave: { ar: 'احفظ هذه المقالة', en: 'Save this article' },
  librarySaving: { ar: 'جارٍ الحفظ…', en: 'Saving…' },
  librarySaved: { ar: 'حُفظت في مكتبتك: {1}', en: 'Saved to your library: {1}' },
  libraryUpdated: { ar: 'حُدِّثت في مكتبتك: {1}', en: 'Updated in your library: {1}' },
  libraryTruncated: { ar: 'احتُفظ بالجزء الأول فقط من هذه الصفحة الطويلة جدًا.', en: 'Only the first part of this very long page was kept.' },
  libraryNoArticle: {
    ar: 'لم يُعثر على مقالة في هذه الصفحة (صفحة رئيسية أو صفحة بحث؟). لم يُحفظ شيء.',
    en: 'No article found on this page (a home page or a search page?). Nothing was saved.',
  },
  libraryPrivate: {
    ar: 'لا يحفظ سياق من النوافذ الخاصة ما لم تفعّل ذلك في الخيارات. لم يُحفظ شيء.',
    en: 'Siyaq does not save from private windows unless you turn it on in the options. Nothing was saved.',
  },
  libraryUnreadable: {
    ar: 'تعذّر على سياق قراءة هذه الصفحة (ربما ما زالت تُحمَّل أو أُغلقت). لم يُحفظ شيء.',
    en: 'Siyaq cannot read this page (it may be loading or closed). Nothing was saved.',
  },
  libraryQuota: {
    ar: 'امتلأت مساحة التخزين المخصصة لسياق في المتصفح. لم يُحفظ شيء، ومكتبتك كما كانت.',
    en: 'The browser’s storage for Siyaq is full. Nothing was saved; your library is as it was.',
  },
  libraryFailed: { ar: 'تعذّر حفظ المقالة. مكتبتك كما كانت.', en: 'The article could not be saved. Your library is as it was.' },
  optionsLibrary: { ar: 'مكتبتي', en: 'My library' },
  libraryCount: { ar: 'المقالات المحفوظة: {1}', en: 'Saved articles: {1}' },
  libraryEmpty: {
    ar: 'لا مقالات محفوظة بعد. احفظ مقالة من زر سياق في شريط الأدوات أو من قائمة الصفحة أو بالاختصار Alt+Shift+L.',
    en: 'No saved articles yet. Save one with “Save this article” in the toolbar button, the page’s menu or Alt+Shift+L.',
  },
  librarySearch: { ar: 'ابحث في المقالات المحفوظة', en: 'Search saved articles' },
  libraryNoMatch: { ar: 'لا مقالة محفوظة تطابق البحث.', en: 'No saved article matches.' },
  libraryDelete: { ar: 'احذف', en: 'Delete' },
  libraryDeleteAll: { ar: 'احذف الكل…', en: 'Delete all…' },
  libraryConfirmDeleteAll: {
    ar: 'هل تحذف كل المقالات المحفوظة ({1})؟ لا يمكن التراجع عن ذلك.',
    en: 'Delete all {1} saved articles? This cannot be undone.',
  },
  libraryConfirmYes: { ar: 'احذف الكل', en: 'Delete all' },
  libraryCancel: { ar: 'إلغاء', en: 'Cancel' },
  librarySaveInPrivate: { ar: 'اسمح بحفظ المقالات من النوافذ الخاصة', en: 'Allow saving articles from private windows' },
  librarySavedOn: { ar: 'حُفظت في {1}', en: 'saved {1}' },
  menuTrackName: { ar: 'تابِع «%s» في سياق', en: 'Track “%s” in Siyaq' },
  trackAdded: {
    ar: 'تتابع الآن «{1}»: يُعلَّم في الصفحات، وتعرض بطاقته المقاطع التي تذكره.',
    en: 'Now tracking “{1}”: it is marked on pages, and its card lists the passages that name it.',
  },
  trackTooShort: { ar: 'هذا أقصر من أن يُتابَع بوصفه اسمًا.', en: 'This is too short to track as a name.' },
  trackTooLong: { ar: 'اختر اسمًا فقط (خمس كلمات على الأكثر).', en: 'Select a name only (at most five words).' },
  trackCommon: {
    ar: 'هذه كلمة شائعة وليست اسمًا: متابعتها ستعلّم كل صفحة.',
    en: 'This is a common word, not a name: tracking it would mark every page.',
  },
  trackNotAName: { ar: 'اختر اسمًا لا جملة.', en: 'Select a name, not a sentence.' },
  trackKnown: {
    ar: 'يعرف سياق هذا الاسم من قبل: أشر إليه في الصفحة لترى بطاقته.',
    en: 'Siyaq already knows this name: point at it on the page to see its card.',
  },
  libraryTopics: { ar: 'الأسماء التي تتابعها', en: 'Names you track' },
  libraryTopicsEmpty: {
    ar: 'لا أسماء متابَعة. حدّد اسمًا في صفحة واختر «تابِع» من قائمتها.',
    en: 'No tracked names. Select a name on a page and choose “Track” in its menu.',
  },
  libraryTopicNames: { ar: 'الأسماء، واحد في كل سطر (الأول هو المعروض)', en: 'Names, one per line (the first is the one shown)' },
  libraryTopicSave: { ar: 'احفظ الأسماء', en: 'Save names' },
  libraryTopicDelete: { ar: 'أوقف المتابعة', en: 'Stop tracking' },
  libraryExport: { ar: 'صدّر المكتبة (.siyaq)', en: 'Export library (.siyaq)' },
  libraryImport: { ar: 'استورد مكتبة (.siyaq)', en: 'Import a library (.siyaq)' },
  libraryImported: { ar: 'استُورد: {1} جديدة، {2} محدَّثة، {3} موجودة من قبل.', en: 'Imported: {1} new, {2} updated, {3} already here.' },
  libraryImportFailed: {
    ar: 'تعذّر استيراد هذا الملف: {1} مكتبتك كما كانت.',
    en: 'This file could not be imported: {1} Your library is as it was.',
  },
} satisfies Record<string, Record<Lang, string>>;

export type LibraryKey = keyof typeof STRINGS;

/** The string in that language, with {1}, {2}… filled from args in order. */
export function lt(lang: Lang, key: LibraryKey, ...args: (string | number)[]): string {
  return STRINGS[key][lang].replace(/\{(\d)\}/g, (whole, n: string) => (Number(n) <= args.length ? String(args[Number(n) - 1]) : whole));
}
