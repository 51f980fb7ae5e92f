import type { Metadata } from 'next';
import { MissingPage } from '@/components/layout/missing-page';
import { missingMetadata } from '@/lib/page-metadata';
import { languageParam } from '@/lib/route-params';

// Where the router sends every address outside the content (lib/routes.ts): the 404 page of the
// address's language, prerendered once per language, so an unknown address renders and stores
// nothing. Revalidated like every page, for the notices at its top.
export const revalidate = 30;

export async function generateMetadata({ params }: PageProps<'/[lang]/missing'>): Promise<Metadata> {
  return missingMetadata(languageParam((await params).lang));
}

export default async function Missing({ params }: PageProps<'/[lang]/missing'>) {
  return <MissingPage lang={languageParam((await params).lang)} />;
}
