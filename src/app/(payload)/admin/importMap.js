import { MoneyCell as MoneyCell_4a3beab9aeb64215aca62667b2e66a58 } from '@/components/admin/MoneyCell'
import { MoneyField as MoneyField_3bdbbe5aa84416b7901d094b16c3d114 } from '@/components/admin/MoneyField'
import { QuoteBreakdown as QuoteBreakdown_00373e77739c29205d44c6e86ac1b9c0 } from '@/components/admin/QuoteBreakdown'
import { JsonView as JsonView_2de74be6742625e61ab574b4ea5eba34 } from '@/components/admin/JsonView'
import { VercelBlobClientUploadHandler as VercelBlobClientUploadHandler_16c82c5e25f430251a3e3ba57219ff4e } from '@payloadcms/storage-vercel-blob/client'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CreateFirstUser as CreateFirstUser_d1341a751c8089c719a6de445a481e75 } from '@/components/admin/CreateFirstUser'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/MoneyCell#MoneyCell": MoneyCell_4a3beab9aeb64215aca62667b2e66a58,
  "@/components/admin/MoneyField#MoneyField": MoneyField_3bdbbe5aa84416b7901d094b16c3d114,
  "@/components/admin/QuoteBreakdown#QuoteBreakdown": QuoteBreakdown_00373e77739c29205d44c6e86ac1b9c0,
  "@/components/admin/JsonView#JsonView": JsonView_2de74be6742625e61ab574b4ea5eba34,
  "@payloadcms/storage-vercel-blob/client#VercelBlobClientUploadHandler": VercelBlobClientUploadHandler_16c82c5e25f430251a3e3ba57219ff4e,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@/components/admin/CreateFirstUser#CreateFirstUser": CreateFirstUser_d1341a751c8089c719a6de445a481e75,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
