import { feedResponse, feedStaticParams } from '../feed-route';

export const revalidate = 30;
export const dynamicParams = false;
export const generateStaticParams = feedStaticParams;

export function GET(_request: Request, { params }: RouteContext<'/[lang]/feed.json'>) {
  return feedResponse('json', params);
}
